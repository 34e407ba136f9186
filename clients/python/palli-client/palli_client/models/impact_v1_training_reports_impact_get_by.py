from typing import Literal

ImpactV1TrainingReportsImpactGetBy = Literal["age_band", "district", "division", "gender", "partner", "upazila"]

IMPACT_V1_TRAINING_REPORTS_IMPACT_GET_BY_VALUES: set[ImpactV1TrainingReportsImpactGetBy] = {
    "age_band",
    "district",
    "division",
    "gender",
    "partner",
    "upazila",
}


def check_impact_v1_training_reports_impact_get_by(value: str) -> ImpactV1TrainingReportsImpactGetBy:
    if value in IMPACT_V1_TRAINING_REPORTS_IMPACT_GET_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMPACT_V1_TRAINING_REPORTS_IMPACT_GET_BY_VALUES!r}")
