"""Eligibility rules (domain/eligibility.py), pure: lending's copies of member and group in, reasons out."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from palli_lending.adapters.tables import GroupCopy, MemberCopy
from palli_lending.domain.eligibility import DEFAULT_RULES, check, rules_of


def group(status: str = "active") -> GroupCopy:
    return GroupCopy(group_id=uuid.uuid4(), branch_id=uuid.uuid4(), name="Shapla", meeting_day="sunday", status=status,
                     aggregate_version=1, updated_at=datetime.now(UTC))


def member(g: GroupCopy, *, status: str = "active", gender: str = "female") -> MemberCopy:
    return MemberCopy(member_id=uuid.uuid4(), branch_id=g.branch_id, group_id=g.group_id, name_en="Rahima Khatun",
                      name_bn="রহিমা খাতুন", gender=gender, mobile="+8801712345678", status=status, aggregate_version=1,
                      updated_at=datetime.now(UTC))


def reasons(rules, m, g, active=0, facts=None) -> list[str]:  # noqa: ANN001
    found = check(rules, m, g, active, facts or {})
    assert all(field == "member_id" for field, _ in found), found
    return [reason for _, reason in found]


def test_an_active_member_of_an_active_group_without_loans_is_eligible():
    g = group()
    assert check(DEFAULT_RULES, member(g), g, 0, {}) == []
    assert check({}, member(g), g, 0, {}) == []  # an empty rule set takes the defaults
    assert check(None, member(g, gender="male"), g, 0, {}) == []


def test_unknown_member_is_refused_with_that_reason_only():
    assert reasons({}, None, None) == ["member unknown to lending (no members event received yet)"]


@pytest.mark.parametrize(("status", "reason"), [
    ("applicant", "member is an applicant, not active"),
    ("dormant", "member is dormant, not active"),
    ("exited", "member is exited (no longer a member), not active"),
])
def test_member_status_must_be_allowed(status, reason):
    g = group()
    assert reasons({}, member(g, status=status), g) == [reason]


def test_member_statuses_rule_can_widen():
    g = group()
    rules = {"member_statuses": ["active", "dormant"]}
    assert reasons(rules, member(g, status="dormant"), g) == []
    assert reasons(rules, member(g, status="applicant"), g) == ["member is an applicant, not active or dormant"]


def test_women_only_product_refuses_men():
    g = group()
    rules = {"genders": ["female"]}
    assert reasons(rules, member(g, gender="male"), g) == ["product is for women members"]
    assert reasons(rules, member(g, gender="female"), g) == []
    assert reasons({"genders": ["male"]}, member(g, gender="female"), g) == ["product is for men members"]


@pytest.mark.parametrize(("status", "reason"), [
    ("suspended", "member's group is suspended"),
    ("dissolved", "member's group is dissolved"),
    ("forming", "member's group is still forming (not yet active)"),
])
def test_group_status_must_be_allowed(status, reason):
    g = group(status)
    assert reasons({}, member(g), g) == [reason]


def test_group_unknown_to_lending_is_refused():
    g = group()
    assert reasons({}, member(g), None) == ["member's group unknown to lending (no members event received yet)"]


def test_open_loans_count_against_the_limit():
    g = group()
    m = member(g)
    assert reasons({}, m, g, active=1) == ["member already has 1 active loan (the limit is 1)"]
    assert reasons({"max_active_loans": 2}, m, g, active=1) == []
    assert reasons({"max_active_loans": 2}, m, g, active=2) == ["member already has 2 active loans (the limit is 2)"]


def test_every_reason_is_given_at_once():
    g = group("suspended")
    found = reasons({"genders": ["female"]}, member(g, status="dormant", gender="male"), g, active=1)
    assert found == [
        "member is dormant, not active",
        "product is for women members",
        "member's group is suspended",
        "member already has 1 active loan (the limit is 1)",
    ]


def test_compulsory_savings_rule_refuses_until_the_fact_is_known():
    g = group()
    m = member(g)
    rules = {"min_compulsory_savings": "500.00"}
    assert reasons(rules, m, g) == ["member's compulsory savings are not known yet (no compulsory savings account published by savings)"]
    assert reasons(rules, m, g, facts={"compulsory_savings": 50_000}) == []
    assert reasons(rules, m, g, facts={"compulsory_savings": 49_999}) == [
        "member's compulsory savings are 499.99 taka, the product needs 500.00"]
    assert reasons({"min_compulsory_savings": None}, m, g) == []


def test_training_rule_needs_the_programme_among_her_issued_credentials():
    g = group()
    m = member(g)
    rules = {"required_training": "enterprise-basics"}
    not_done = ["member has not completed the training 'enterprise-basics'"]
    assert reasons(rules, m, g) == not_done  # no credential known: none held (lending receives every one)
    assert reasons(rules, m, g, facts={"trainings": set()}) == not_done
    assert reasons(rules, m, g, facts={"trainings": {"poultry-rearing"}}) == not_done
    assert reasons(rules, m, g, facts={"trainings": {"enterprise-basics"}}) == []
    assert reasons(rules, m, g, facts={"trainings": {"ENTERPRISE-BASICS", "POULTRY"}}) == []  # codes ignore case
    assert reasons({"required_training": None}, m, g) == []


def test_rules_of_fills_defaults_and_drops_unknown_keys():
    assert rules_of(None) == DEFAULT_RULES
    merged = rules_of({"genders": ["female"], "colour": "blue"})
    assert merged == {**DEFAULT_RULES, "genders": ["female"]}
    assert DEFAULT_RULES["max_active_loans"] == 1 and DEFAULT_RULES["member_statuses"] == ["active"]
