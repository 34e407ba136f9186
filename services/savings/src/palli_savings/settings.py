from decimal import Decimal

from pydantic_settings import SettingsConfigDict

from palli_common.settings import ServiceSettings


class SavingsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="SAVINGS_", env_file=".env", extra="ignore")

    service_name: str = "savings"
    database_url: str = "sqlite+aiosqlite:///.data/savings.db"
    port: int = 8003
    # MRA circular (2010): at least this much a year on members' compulsory savings
    compulsory_rate_floor_percent: Decimal = Decimal("6.00")
