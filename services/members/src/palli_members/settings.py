from pydantic_settings import SettingsConfigDict

from palli_common.settings import ServiceSettings


class MembersSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEMBERS_", env_file=".env", extra="ignore")

    service_name: str = "members"
    database_url: str = "sqlite+aiosqlite:///.data/members.db"
    port: int = 8001
    min_member_age: int = 18  # microcredit contracts need an adult borrower
