"""The room cockpit's parts: timeline, timer, capture line, contribution list, projection."""
