"""Palli lending: loan products, schedules, loans, collection sheets, arrears and portfolio at risk."""
