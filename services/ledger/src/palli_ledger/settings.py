from pydantic_settings import SettingsConfigDict

from palli_common.settings import ServiceSettings


class LedgerSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="LEDGER_", env_file=".env", extra="ignore")

    service_name: str = "ledger"
    database_url: str = "sqlite+aiosqlite:///.data/ledger.db"
    port: int = 8006
