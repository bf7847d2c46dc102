"""The assistant's domain in plain Python, shared by both processes: the text normalisation,
the places and structures (knowledge base), the FAQ topics and the FAQ decision (including a
message's second question), the reading of the project's data files, and the `ML_*` settings.
No module here imports Rasa, `actions/` or `nlu_components/`: the NLU components (Rasa server)
and the actions (action server) import this package, never each other."""
