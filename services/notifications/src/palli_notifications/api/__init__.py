"""Every router of the service, in the order they are matched."""

from fastapi import APIRouter


def routers() -> list[APIRouter]:
    from palli_notifications.api import contacts, delivery_reports, messages, templates

    return [messages.router, templates.router, contacts.router, delivery_reports.router]
