from typing import Literal

ParticipantCreateGenderType0 = Literal["female", "male", "other"]

PARTICIPANT_CREATE_GENDER_TYPE_0_VALUES: set[ParticipantCreateGenderType0] = {
    "female",
    "male",
    "other",
}


def check_participant_create_gender_type_0(value: str) -> ParticipantCreateGenderType0:
    if value in PARTICIPANT_CREATE_GENDER_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PARTICIPANT_CREATE_GENDER_TYPE_0_VALUES!r}")
