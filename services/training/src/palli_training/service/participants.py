"""Participants and facilitators. A member is registered from training's copy of her (members'
events); a young person who is not a member gives her own details, checked against the shipped
geography, with a guardian's name and number and the guardian's consent when under 18."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from palli_common.db import Database
from palli_common.errors import Conflict, NotFound, ValidationFailed
from palli_common.geo import validate_address
from palli_common.identity import Identity
from palli_common.ids import uuid7
from palli_common.mobile import normalise_mobile
from palli_training.adapters.tables import Cohort, Credential, Facilitator, MemberCopy, Participant, Programme
from palli_training.service.common import business_today, now

ADULT_AGE = 18


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


async def register(db: Database, who: Identity, body: dict) -> Participant:
    today = business_today()
    if not body["consent"]:
        raise ValidationFailed("a participant is recorded only with consent (a guardian's under 18)", field="consent")
    async with db.uow() as uow:
        s = uow.session
        if body.get("member_id") is not None:
            extra = [k for k in ("name", "gender", "date_of_birth", "address") if body.get(k) is not None]
            if extra:
                raise ValidationFailed(f"a member's {extra[0]} comes from her member record; send member_id alone", field=extra[0])
            member = await s.get(MemberCopy, body["member_id"])
            if member is None:
                raise ValidationFailed(f"member {body['member_id']} is not known to training (yet)", field="member_id")
            who.check_branch(member.branch_id, "this member")
            if member.status != "active":
                raise Conflict(f"only an active member is registered; she is {member.status}", field="member_id")
            fields = dict(member_id=member.member_id, branch_id=member.branch_id, name=member.name_en, name_bn=member.name_bn,
                          gender=member.gender, date_of_birth=member.date_of_birth, division=member.division, district=member.district,
                          upazila=member.upazila)
        else:
            for name in ("name", "gender", "date_of_birth", "address"):
                if body.get(name) is None:
                    raise ValidationFailed(f"{name} is required for a participant who is not a member", field=name)
            if body["date_of_birth"] > today:
                raise ValidationFailed("date_of_birth is in the future", field="date_of_birth")
            a = body["address"]
            address = validate_address(a["division"], a["district"], a["upazila"], None)
            fields = dict(member_id=None, branch_id=None, name=body["name"], name_bn=body.get("name_bn"), gender=body["gender"],
                          date_of_birth=body["date_of_birth"], division=address.division, district=address.district, upazila=address.upazila)
        minor = age_on(fields["date_of_birth"], today) < ADULT_AGE
        guardian_mobile = None
        if minor:
            if not body.get("guardian_name"):
                raise ValidationFailed("a participant under 18 needs a guardian's name", field="guardian_name")
            if not body.get("guardian_mobile"):
                raise ValidationFailed("a participant under 18 needs a guardian's mobile number", field="guardian_mobile")
        if body.get("guardian_mobile"):
            guardian_mobile = normalise_mobile(body["guardian_mobile"], field="guardian_mobile")
        mobile = normalise_mobile(body["mobile"]) if body.get("mobile") else None
        # a partner organisation registers its own participants (and sees only those)
        partner = who.partner if who.kind == "partner" else body.get("partner")
        participant = Participant(id=uuid7(), **fields, mobile=mobile, guardian_name=body.get("guardian_name"), guardian_mobile=guardian_mobile,
                                  consent_by="guardian" if minor else "self", consent_on=today, partner=partner,
                                  created_by=who.subject, created_at=now())
        s.add(participant)
        try:
            await s.flush()
        except IntegrityError:
            raise Conflict("this member is already a participant", field="member_id") from None
        await uow.commit()
    return participant


async def get(db: Database, who: Identity, participant_id: uuid.UUID) -> Participant:
    async with db.sessions() as s:
        found = await s.get(Participant, participant_id)
    if found is None or (who.kind == "partner" and found.partner != who.partner):
        raise NotFound(f"participant {participant_id} does not exist", field="participant_id")
    return found


async def listing(db: Database, who: Identity, *, district: str | None, member_id: uuid.UUID | None, after: uuid.UUID | None,
                  limit: int) -> list[Participant]:
    """Staff see every participant; a partner organisation only the ones it registered (their
    guardians' numbers are not another partner's business)."""
    query = select(Participant)
    if who.kind == "partner":
        query = query.where(Participant.partner == who.partner)
    if district:
        query = query.where(Participant.district == district)
    if member_id:
        query = query.where(Participant.member_id == member_id)
    if after:
        query = query.where(Participant.id > after)
    async with db.sessions() as s:
        return list((await s.scalars(query.order_by(Participant.id).limit(limit + 1))).all())


FACILITATOR_COURSE = "facilitator"  # the programme kind that trains facilitators


async def add_facilitator(db: Database, who: Identity, body: dict) -> Facilitator:
    """A facilitator is someone who earned the facilitators' course's credential in the cohort
    named (`trained_in`: the cascade's link to the master who trained them); a master facilitator
    is recorded by an admin without one."""
    async with db.uow() as uow:
        s = uow.session
        participant = await s.get(Participant, body["participant_id"])
        if participant is None:
            raise ValidationFailed(f"participant {body['participant_id']} does not exist", field="participant_id")
        trained_in = body.get("trained_in")
        if body["level"] == "facilitator":
            if trained_in is None:
                raise ValidationFailed("a facilitator names the facilitators' cohort that trained them", field="trained_in")
            cohort = await s.get(Cohort, trained_in)
            programme = await s.get(Programme, cohort.programme_id) if cohort else None
            if programme is None or programme.kind != FACILITATOR_COURSE:
                raise ValidationFailed("trained_in is not a facilitators' course cohort", field="trained_in")
            earned = await s.scalar(select(Credential.id).where(Credential.participant_id == participant.id, Credential.cohort_id == cohort.id,
                                                               Credential.status == "issued"))
            if earned is None:
                raise Conflict("they hold no credential from that cohort: a facilitator completes the course first", field="trained_in")
        elif "admin" not in who.roles:
            from palli_common.errors import Forbidden

            raise Forbidden("only an admin records a master facilitator", field="level")
        facilitator = Facilitator(id=uuid7(), participant_id=participant.id, level=body["level"], partner=body.get("partner"),
                                  trained_in=trained_in, subject=body.get("subject"), created_by=who.subject, created_at=now())
        s.add(facilitator)
        try:
            await s.flush()
        except IntegrityError:
            raise Conflict("this participant is already a facilitator", field="participant_id") from None
        await uow.commit()
    return facilitator


async def facilitators(db: Database) -> list[Facilitator]:
    async with db.sessions() as s:
        return list((await s.scalars(select(Facilitator).order_by(Facilitator.id))).all())
