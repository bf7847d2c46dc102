"""Rasa input channels of the assistant: every channel is wrapped by `guard.guarded`,
so that each user message gets a French reply whatever fails behind it."""
