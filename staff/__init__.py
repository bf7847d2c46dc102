"""Staff tools, served by the run command's web server (`launcher/widget_server.py`): the public
FAQ page generated from the FAQ theme files, and the staff pages that need a credential."""
