"""OAuth2 token-endpoint errors (RFC 6749 5.2) as problem+json: the `error` and
`error_description` members OAuth client libraries read, plus `errors` naming the field."""

from palli_common.errors import DomainError


class OAuthError(DomainError):
    status = 400
    title = "Token request refused"

    def __init__(self, error: str, detail: str, *, field: str | None = None, status: int = 400):
        super().__init__(detail, field=field, extra={"error": error, "error_description": detail})
        self.status = status
        self.type_slug = f"oauth-{error.replace('_', '-')}"
        if status == 401:
            self.headers = {"WWW-Authenticate": 'Basic realm="palli"'}
