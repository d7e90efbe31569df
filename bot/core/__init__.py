"""What answers and advice share, below both: the turn and reply types, the Store protocol, formatting."""
