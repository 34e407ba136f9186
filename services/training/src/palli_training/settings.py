from pydantic_settings import SettingsConfigDict

from palli_common.settings import ServiceSettings


class TrainingSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="TRAINING_", env_file=".env", extra="ignore")

    service_name: str = "training"
    database_url: str = "sqlite+aiosqlite:///.data/training.db"
    port: int = 8004
    # where anyone checks a credential (the gateway's public address); the QR code carries it
    public_url: str = "http://127.0.0.1:8000"
    # what an hour of volunteering is worth in the impact report (taka), a setting
    volunteer_hour_value: str = "150.00"
