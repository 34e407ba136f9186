from typing import Literal

ImpactV1TrainingReportsImpactGetFormatType0 = Literal["csv", "json"]

IMPACT_V1_TRAINING_REPORTS_IMPACT_GET_FORMAT_TYPE_0_VALUES: set[ImpactV1TrainingReportsImpactGetFormatType0] = {
    "csv",
    "json",
}


def check_impact_v1_training_reports_impact_get_format_type_0(
    value: str,
) -> ImpactV1TrainingReportsImpactGetFormatType0:
    if value in IMPACT_V1_TRAINING_REPORTS_IMPACT_GET_FORMAT_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMPACT_V1_TRAINING_REPORTS_IMPACT_GET_FORMAT_TYPE_0_VALUES!r}"
    )
