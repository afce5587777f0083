"""Webhook receivers for FastAPI/Starlette, Flask and Django (each run by tests/test_webhook_recipes.py)."""
