"""Events on `training.credential` (and the others training publishes). A credential's events carry
who holds it (a member's id when she is one), the programme's code (what lending's
`required_training` names) and the credential's status, so consumers need nothing else."""

from __future__ import annotations

from datetime import date

from palli_common.events import EventContract


class CredentialFact(EventContract):
    credential_id: str
    code: str  # the public verification code
    participant_id: str
    member_id: str | None = None  # set when the holder is a member (lending's and savings' key)
    branch_id: str | None = None
    programme_id: str
    programme_code: str  # e.g. "ENTERPRISE-BASICS": what a loan product's required_training names
    status: str  # issued | revoked
    issued_on: date
    actor: str | None = None


class CredentialIssued(CredentialFact):
    event_type = "training.credential.issued"


class CredentialRevoked(CredentialFact):
    event_type = "training.credential.revoked"
    reason: str


class ProjectFact(EventContract):
    project_id: str
    cohort_id: str
    title: str
    status: str  # proposed | approved | rejected | completed
    division: str
    district: str
    upazila: str
    grant: str = "0.00"  # decimal taka awarded
    beneficiaries_female: int = 0
    beneficiaries_male: int = 0
    beneficiaries_other: int = 0
    actor: str | None = None


class ProjectApproved(ProjectFact):
    """The panel approved it, with `grant` (a micro-grant, possibly 0.00) to be paid to the team."""

    event_type = "training.project.approved"


class GrantPaid(ProjectFact):
    """The project's micro-grant (`amount`) paid to a team member (`payee_participant_id`, her
    `member_id` when she is one) by `channel`: cash, mobile_wallet (`reference` the wallet
    transaction) or savings (`savings_account_id`, her voluntary savings, which savings credits).
    The ledger books it: Dr 5230 training and member development, Cr the channel's account."""

    event_type = "training.project.grant_paid"
    amount: str
    channel: str
    reference: str | None = None
    on: date
    payee_participant_id: str
    member_id: str | None = None
    branch_id: str | None = None
    savings_account_id: str | None = None


class ProjectCompleted(ProjectFact):
    event_type = "training.project.completed"
