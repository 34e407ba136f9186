from decimal import Decimal

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from palli_common.settings import ServiceSettings


class LendingSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="LENDING_", env_file=".env", extra="ignore")

    service_name: str = "lending"
    database_url: str = "sqlite+aiosqlite:///.data/lending.db"
    port: int = 8002
    # the platform's busiest money path: 16 requests at once hold a connection each without
    # opening and closing overflow connections (LENDING_DB_POOL_SIZE, per worker)
    db_pool_size: int = 16
    # MRA: the service charge may not exceed 24% a year on a declining balance
    rate_cap_percent: Decimal = Decimal("24.00")
    min_days_to_first_installment: int = 15
    # back-dating money transactions (service/backdating.py): this many business days back for
    # anyone; older only for these roles, with a reason
    backdate_business_days: int = Field(default=1, ge=0, le=31)
    backdate_manager_roles: list[str] = ["admin", "branch_manager"]
