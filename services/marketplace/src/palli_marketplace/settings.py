from pydantic_settings import SettingsConfigDict

from palli_common.settings import ServiceSettings


class MarketplaceSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MARKETPLACE_", env_file=".env", extra="ignore")

    service_name: str = "marketplace"
    database_url: str = "sqlite+aiosqlite:///.data/marketplace.db"
    port: int = 8005
