"""The organisation's programmes and their modules, in Bangla and English: the youth leadership
journey in the style of Active Citizens (Me -> Me and You -> We Together -> social action
planning), its five-day facilitators' course, the 52-topic courtyard forum (one topic a week), the
group leaders' leadership course, and three livelihood courses. Written out here (not imported):
admins change programmes through the API, a migration never rewrites them.

Revision ID: 0002
Revises: 0001
"""

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

import palli_common.tables

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NAMESPACE = uuid.UUID("7a000000-0000-4000-8000-000000000000")

COURTYARD_TOPICS = [
    ("Group formation and rules", "সমিতি গঠন ও নিয়মকানুন"), ("The habit of saving", "সঞ্চয়ের অভ্যাস"),
    ("Using a loan well and paying on time", "ঋণের সঠিক ব্যবহার ও নিয়মিত কিস্তি"), ("The family budget", "পারিবারিক বাজেট"),
    ("Safe drinking water", "নিরাপদ পানীয় জল"), ("Sanitation and hygiene", "স্যানিটেশন ও পরিচ্ছন্নতা"),
    ("Handwashing", "সঠিক নিয়মে হাত ধোয়া"), ("A mother's health", "মাতৃস্বাস্থ্য"), ("Children's vaccines", "শিশুর টিকা"),
    ("Food for mother and child", "মা ও শিশুর পুষ্টি"), ("Stopping child marriage", "বাল্যবিবাহ প্রতিরোধ"),
    ("Dowry", "যৌতুক প্রথা"), ("Ending violence against women", "নারী নির্যাতন প্রতিরোধ"),
    ("Birth and marriage registration", "জন্ম ও বিবাহ নিবন্ধন"), ("Girls' education", "মেয়েদের শিক্ষা"),
    ("Keeping children in school", "বিদ্যালয়ে ভর্তি ও ঝরে পড়া রোধ"), ("Family planning", "পরিবার পরিকল্পনা"),
    ("Adolescent health", "কিশোর-কিশোরীর স্বাস্থ্য"), ("Women's rights in law", "নারীর আইনি অধিকার"),
    ("Land and inheritance", "ভূমি ও উত্তরাধিকার অধিকার"), ("Local government and its services", "স্থানীয় সরকার ও সেবা"),
    ("Social safety nets", "সামাজিক নিরাপত্তা কর্মসূচি"), ("Getting ready for disasters", "দুর্যোগ প্রস্তুতি"),
    ("Living with a changing climate", "জলবায়ু পরিবর্তনে অভিযোজন"), ("A vegetable garden at home", "বসতবাড়িতে সবজি চাষ"),
    ("Keeping chickens and ducks", "হাঁস-মুরগি পালন"), ("Keeping cattle and goats", "গবাদিপশু ও ছাগল পালন"),
    ("Fish in the pond", "পুকুরে মাছ চাষ"), ("Selling what we make", "উৎপাদিত পণ্যের বাজারজাতকরণ"),
    ("Planning a small business", "ক্ষুদ্র ব্যবসা পরিকল্পনা"), ("Keeping accounts", "হিসাব রাখা"),
    ("Mobile money", "মোবাইল আর্থিক সেবা"), ("Moneylenders and fraud", "মহাজন ও প্রতারণা থেকে সাবধানতা"),
    ("Insurance and risk", "বীমা ও ঝুঁকি"), ("Arsenic and testing the well", "আর্সেনিক ও পানি পরীক্ষা"),
    ("Tuberculosis", "যক্ষ্মা"), ("Dengue and malaria", "ডেঙ্গু ও ম্যালেরিয়া"), ("Diarrhoea and oral saline", "ডায়রিয়া ও খাবার স্যালাইন"),
    ("Diabetes and blood pressure", "ডায়াবেটিস ও উচ্চ রক্তচাপ"), ("Mental health", "মানসিক স্বাস্থ্য"),
    ("Including people with disabilities", "প্রতিবন্ধী ব্যক্তির অন্তর্ভুক্তি"), ("Caring for the elderly", "বয়স্কদের যত্ন"),
    ("Tobacco and drugs", "তামাক ও মাদক"), ("Clean cooking stoves", "উন্নত চুলা"), ("Planting trees", "বৃক্ষরোপণ"),
    ("Waste and the environment", "বর্জ্য ব্যবস্থাপনা"), ("Women leading the samity", "সমিতিতে নারী নেতৃত্ব"),
    ("Deciding together in the family", "পরিবারে যৌথ সিদ্ধান্ত"), ("Resolving disputes", "বিরোধ নিষ্পত্তি"),
    ("Voting and citizenship", "ভোটাধিকার ও নাগরিকত্ব"), ("Acting together for the community", "সামাজিক উদ্যোগ"),
    ("The year in review, and the next", "বছরের পর্যালোচনা ও পরিকল্পনা"),
]
LIVELIHOOD_MODULES = [("Breeds, housing and care", "জাত, বাসস্থান ও যত্ন"), ("Feed, health and vaccines", "খাদ্য, রোগ ও টিকা"),
                      ("Records, costs and selling", "হিসাব, খরচ ও বিক্রি")]

# code, kind, name, name_bn, rule, modules [(title, title_bn, sessions)]
PROGRAMMES = [
    ("AC-YOUTH", "youth_leadership", "Youth leadership: the Active Citizens learning journey", "যুব নেতৃত্ব: অ্যাক্টিভ সিটিজেনস শিখন যাত্রা",
     {"min_attendance_percent": 80, "project_required": True, "min_volunteer_hours": 20},
     [("Me: identity and culture", "আমি: পরিচয় ও সংস্কৃতি", 2), ("Me and You: dialogue across difference", "আমি ও তুমি: ভিন্নতার মাঝে সংলাপ", 2),
      ("We Together: local and global communities", "আমরা একসাথে: স্থানীয় ও বৈশ্বিক সমাজ", 2),
      ("Social action planning", "সামাজিক উদ্যোগ পরিকল্পনা", 2)]),
    ("AC-FACILITATOR", "facilitator", "Active Citizens facilitators' course (five days)", "অ্যাক্টিভ সিটিজেনস সহায়ক প্রশিক্ষণ (পাঁচ দিন)",
     {"min_attendance_percent": 100, "project_required": False, "min_volunteer_hours": None},
     [("The learning journey", "শিখন যাত্রা", 1), ("Facilitating dialogue", "সংলাপ পরিচালনা", 1),
      ("Working with young people and communities", "তরুণ ও সমাজের সাথে কাজ", 1),
      ("Guiding social action projects", "সামাজিক উদ্যোগ প্রকল্পে সহায়তা", 1), ("Practice and feedback", "অনুশীলন ও মূল্যায়ন", 1)]),
    ("UTHAN-52", "courtyard", "Courtyard forum: 52 topics in 52 weeks", "উঠান বৈঠক: ৫২ সপ্তাহে ৫২টি বিষয়",
     {"min_attendance_percent": 75, "project_required": False, "min_volunteer_hours": None},
     [(t, b, 1) for t, b in COURTYARD_TOPICS]),
    ("LEAD-3D", "leadership", "Group leaders' leadership course (three days)", "দলনেত্রী নেতৃত্ব প্রশিক্ষণ (তিন দিন)",
     {"min_attendance_percent": 100, "project_required": False, "min_volunteer_hours": None},
     [("Leading the samity", "সমিতি পরিচালনা", 1), ("Meetings, records and savings", "সভা, রেজিস্টার ও সঞ্চয়", 1),
      ("Women's voice and rights", "নারীর কণ্ঠস্বর ও অধিকার", 1)]),
    ("LIVE-DAIRY", "livelihood", "Dairy cow rearing", "গাভী পালন", {"min_attendance_percent": 80}, [(*m, 1) for m in LIVELIHOOD_MODULES]),
    ("LIVE-GOAT", "livelihood", "Goat rearing", "ছাগল পালন", {"min_attendance_percent": 80}, [(*m, 1) for m in LIVELIHOOD_MODULES]),
    ("LIVE-POULTRY", "livelihood", "Poultry and duck rearing", "হাঁস-মুরগি পালন", {"min_attendance_percent": 80},
     [(*m, 1) for m in LIVELIHOOD_MODULES]),
]

programmes = sa.table("training_programmes", sa.column("id", sa.Uuid()), sa.column("code", sa.String()), sa.column("kind", sa.String()),
                      sa.column("name", sa.String()), sa.column("name_bn", sa.String()), sa.column("rule", sa.JSON()),
                      sa.column("active", sa.Boolean()), sa.column("version", sa.Integer()),
                      sa.column("created_at", palli_common.tables.UTCDateTime()), sa.column("updated_at", palli_common.tables.UTCDateTime()))
modules = sa.table("training_modules", sa.column("id", sa.Uuid()), sa.column("programme_id", sa.Uuid()), sa.column("position", sa.Integer()),
                   sa.column("title", sa.String()), sa.column("title_bn", sa.String()), sa.column("sessions", sa.Integer()))


def programme_id(code: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"programme:{code}")


def upgrade() -> None:
    at = datetime(2026, 12, 7, tzinfo=UTC)
    op.bulk_insert(programmes, [dict(id=programme_id(code), code=code, kind=kind, name=name, name_bn=name_bn, rule=rule, active=True,
                                     version=1, created_at=at, updated_at=at) for code, kind, name, name_bn, rule, _ in PROGRAMMES])
    op.bulk_insert(modules, [dict(id=uuid.uuid5(NAMESPACE, f"module:{code}:{n}"), programme_id=programme_id(code), position=n, title=t,
                                  title_bn=b, sessions=k)
                             for code, _, _, _, _, mods in PROGRAMMES for n, (t, b, k) in enumerate(mods, 1)])


def downgrade() -> None:
    ids = [programme_id(p[0]) for p in PROGRAMMES]
    op.execute(modules.delete().where(modules.c.programme_id.in_(ids)))
    op.execute(programmes.delete().where(programmes.c.id.in_(ids)))
