from decimal import Decimal

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from palli_common.settings import ServiceSettings


class SavingsSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="SAVINGS_", env_file=".env", extra="ignore")

    service_name: str = "savings"
    database_url: str = "sqlite+aiosqlite:///.data/savings.db"
    port: int = 8003
    # MRA circular (2010): at least this much a year on members' compulsory savings
    compulsory_rate_floor_percent: Decimal = Decimal("6.00")
    # back-dating money (service/backdating.py): this many days back for anyone; older, up to the
    # maximum, only for these roles and with a reason
    backdate_days: int = Field(default=1, ge=0, le=31)
    backdate_max_days: int = Field(default=366, ge=0, le=3660)
    backdate_manager_roles: list[str] = ["admin", "branch_manager"]
