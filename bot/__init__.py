"""Career-advice chatbot: knowledge store, ingestion, NLU helpers, answers and channels."""
