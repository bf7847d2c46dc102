"""Custom actions of the missions locales assistant (rasa-sdk action server)."""
