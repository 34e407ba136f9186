from pydantic import Field
from pydantic_settings import SettingsConfigDict

from palli_common.settings import ServiceSettings


class MarketplaceSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MARKETPLACE_", env_file=".env", extra="ignore")

    service_name: str = "marketplace"
    database_url: str = "sqlite+aiosqlite:///.data/marketplace.db"
    port: int = 8005
    # an advance-financed order is paid ahead up to this share of its value (quantity x her price)
    advance_max_percent: int = Field(default=50, ge=0, le=100)
    # a settlement run pays producers owed at least this (poisha): smaller sums wait for the next run
    settlement_minimum: int = Field(default=10_000, ge=0)
