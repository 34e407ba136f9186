"""Contains all the data models used in inputs/outputs"""

from .account_create import AccountCreate
from .account_create_type import AccountCreateType
from .account_node_out import AccountNodeOut
from .account_open import AccountOpen
from .account_open_maturity_instruction_type_0 import AccountOpenMaturityInstructionType0
from .account_out import AccountOut
from .account_out_normal_balance import AccountOutNormalBalance
from .account_ref import AccountRef
from .account_update import AccountUpdate
from .account_update_type_type_0 import AccountUpdateTypeType0
from .address_in import AddressIn
from .address_out import AddressOut
from .adjustment_create import AdjustmentCreate
from .adjustment_create_kind import AdjustmentCreateKind
from .adjustment_out import AdjustmentOut
from .advance_out import AdvanceOut
from .advance_request import AdvanceRequest
from .amortisation import Amortisation
from .apply_in import ApplyIn
from .apply_in_frequency import ApplyInFrequency
from .arrears_out import ArrearsOut
from .arrival import Arrival
from .assessment_in import AssessmentIn
from .at_outlet_v1_marketplace_outlets_outlet_id_orders_get_status_type_0 import (
    AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0,
)
from .attendance_in import AttendanceIn
from .attendance_out import AttendanceOut
from .attendance_record import AttendanceRecord
from .attendance_record_status import AttendanceRecordStatus
from .attendance_result import AttendanceResult
from .audit_out import AuditOut
from .balance_sheet_out import BalanceSheetOut
from .body_token_v1_auth_token_post import BodyTokenV1AuthTokenPost
from .book_change_out import BookChangeOut
from .book_change_out_action import BookChangeOutAction
from .book_change_out_changes import BookChangeOutChanges
from .book_change_out_result_type_0 import BookChangeOutResultType0
from .book_change_out_status import BookChangeOutStatus
from .book_change_out_target import BookChangeOutTarget
from .book_change_reject_in import BookChangeRejectIn
from .branch_create import BranchCreate
from .branch_out import BranchOut
from .branch_payables_out import BranchPayablesOut
from .branch_update import BranchUpdate
from .cancel_in import CancelIn
from .cancellation import Cancellation
from .cascade_group_out import CascadeGroupOut
from .cascade_out import CascadeOut
from .classification_out import ClassificationOut
from .client_create import ClientCreate
from .client_out import ClientOut
from .client_update import ClientUpdate
from .client_with_secret import ClientWithSecret
from .close_business_day import CloseBusinessDay
from .close_business_day_out import CloseBusinessDayOut
from .closure_in import ClosureIn
from .closure_in_channel import ClosureInChannel
from .closure_out import ClosureOut
from .cohort_create import CohortCreate
from .cohort_detail import CohortDetail
from .cohort_out import CohortOut
from .commission_rule_in import CommissionRuleIn
from .commission_rule_out import CommissionRuleOut
from .completion_in import CompletionIn
from .consent import Consent
from .consent_in import ConsentIn
from .consent_in_method import ConsentInMethod
from .contact_out import ContactOut
from .credential_out import CredentialOut
from .customer import Customer
from .customer_out import CustomerOut
from .daily_run_in import DailyRunIn
from .daily_run_out import DailyRunOut
from .decision_in import DecisionIn
from .delivery_out import DeliveryOut
from .delivery_out_state import DeliveryOutState
from .delivery_report_in import DeliveryReportIn
from .delivery_report_in_status import DeliveryReportInStatus
from .disburse_in import DisburseIn
from .disburse_in_channel import DisburseInChannel
from .districts_v1_members_areas_districts_get_response_200_item import (
    DistrictsV1MembersAreasDistrictsGetResponse200Item,
)
from .divisions_v1_members_areas_divisions_get_response_200_item import (
    DivisionsV1MembersAreasDivisionsGetResponse200Item,
)
from .eligibility_in import EligibilityIn
from .eligibility_in_genders_type_0_item import EligibilityInGendersType0Item
from .eligibility_in_group_statuses_item import EligibilityInGroupStatusesItem
from .eligibility_in_member_statuses_item import EligibilityInMemberStatusesItem
from .eligibility_out import EligibilityOut
from .endpoint_created import EndpointCreated
from .endpoint_created_owner_kind import EndpointCreatedOwnerKind
from .endpoint_created_status import EndpointCreatedStatus
from .endpoint_in import EndpointIn
from .endpoint_out import EndpointOut
from .endpoint_out_owner_kind import EndpointOutOwnerKind
from .endpoint_out_status import EndpointOutStatus
from .enrolment_in import EnrolmentIn
from .enrolment_out import EnrolmentOut
from .entry_out import EntryOut
from .evaluation_out import EvaluationOut
from .event_type_out import EventTypeOut
from .facilitator_create import FacilitatorCreate
from .facilitator_create_level import FacilitatorCreateLevel
from .facilitator_out import FacilitatorOut
from .facilitator_yield_out import FacilitatorYieldOut
from .frequency import Frequency
from .fulfilment import Fulfilment
from .fulfilment_channel import FulfilmentChannel
from .gender import Gender
from .general_ledger_account_out import GeneralLedgerAccountOut
from .general_ledger_out import GeneralLedgerOut
from .get_account_statement_v1_ledger_reports_account_statement_get_format_type_0 import (
    GetAccountStatementV1LedgerReportsAccountStatementGetFormatType0,
)
from .get_balance_sheet_v1_ledger_reports_balance_sheet_get_format_type_0 import (
    GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0,
)
from .get_general_ledger_v1_ledger_reports_general_ledger_get_format_type_0 import (
    GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0,
)
from .get_income_statement_v1_ledger_reports_income_statement_get_format_type_0 import (
    GetIncomeStatementV1LedgerReportsIncomeStatementGetFormatType0,
)
from .get_sheet_v1_collection_sheets_get_response_get_sheet_v1_collection_sheets_get import (
    GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet,
)
from .get_template_v1_notifications_templates_event_type_language_get_language import (
    GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage,
)
from .get_trial_balance_v1_ledger_reports_trial_balance_get_format_type_0 import (
    GetTrialBalanceV1LedgerReportsTrialBalanceGetFormatType0,
)
from .grant_payment_in import GrantPaymentIn
from .grant_payment_in_channel import GrantPaymentInChannel
from .group_by import GroupBy
from .group_create import GroupCreate
from .group_out import GroupOut
from .group_status import GroupStatus
from .group_update import GroupUpdate
from .history_out import HistoryOut
from .hold_in import HoldIn
from .hold_out import HoldOut
from .holiday_in import HolidayIn
from .holiday_out import HolidayOut
from .hours_in import HoursIn
from .hours_out import HoursOut
from .impact_out import ImpactOut
from .impact_row_out import ImpactRowOut
from .impact_v1_training_reports_impact_get_by import ImpactV1TrainingReportsImpactGetBy
from .impact_v1_training_reports_impact_get_format_type_0 import ImpactV1TrainingReportsImpactGetFormatType0
from .income_statement_out import IncomeStatementOut
from .installment_out import InstallmentOut
from .interest_method import InterestMethod
from .interest_period_out import InterestPeriodOut
from .interest_posting_out import InterestPostingOut
from .interest_run import InterestRun
from .interest_run_out import InterestRunOut
from .language import Language
from .ledger_line_out import LedgerLineOut
from .lending_reverse_in import LendingReverseIn
from .line_in import LineIn
from .line_in_channel import LineInChannel
from .line_out import LineOut
from .list_changes_v1_ledger_book_changes_get_status_type_0 import ListChangesV1LedgerBookChangesGetStatusType0
from .list_changes_v1_ledger_book_changes_get_target_type_0 import ListChangesV1LedgerBookChangesGetTargetType0
from .list_closes_v1_ledger_period_closes_get_status_type_0 import ListClosesV1LedgerPeriodClosesGetStatusType0
from .list_deliveries_v1_webhooks_endpoints_endpoint_id_deliveries_get_state_type_0 import (
    ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0,
)
from .list_messages_v1_notifications_messages_get_status_type_0 import ListMessagesV1NotificationsMessagesGetStatusType0
from .list_price_in import ListPriceIn
from .list_price_out import ListPriceOut
from .loan_detail_out import LoanDetailOut
from .loan_difference_out import LoanDifferenceOut
from .loan_difference_out_kind import LoanDifferenceOutKind
from .loan_out import LoanOut
from .loan_repayment_in import LoanRepaymentIn
from .loan_repayment_out import LoanRepaymentOut
from .lot_create import LotCreate
from .lot_create_mode import LotCreateMode
from .lot_out import LotOut
from .manual_entry_in import ManualEntryIn
from .manual_line_in import ManualLineIn
from .marketplace_entry_out import MarketplaceEntryOut
from .marketplace_product_create import MarketplaceProductCreate
from .marketplace_product_create_unit import MarketplaceProductCreateUnit
from .marketplace_product_out import MarketplaceProductOut
from .marketplace_reconciliation_out import MarketplaceReconciliationOut
from .marketplace_statement_out import MarketplaceStatementOut
from .me_out import MeOut
from .member_create import MemberCreate
from .member_out import MemberOut
from .member_status import MemberStatus
from .member_update import MemberUpdate
from .message_detail_out import MessageDetailOut
from .message_out import MessageOut
from .module_out import ModuleOut
from .money_move import MoneyMove
from .money_move_channel import MoneyMoveChannel
from .new_secret_out import NewSecretOut
from .notifications_preview_in import NotificationsPreviewIn
from .notifications_preview_in_language import NotificationsPreviewInLanguage
from .notifications_preview_out import NotificationsPreviewOut
from .order_create import OrderCreate
from .order_create_channel import OrderCreateChannel
from .order_line_out import OrderLineOut
from .order_out import OrderOut
from .outlet_create import OutletCreate
from .outlet_out import OutletOut
from .outlet_price_list import OutletPriceList
from .page_account_out import PageAccountOut
from .page_arrears_out import PageArrearsOut
from .page_audit_out import PageAuditOut
from .page_book_change_out import PageBookChangeOut
from .page_branch_out import PageBranchOut
from .page_client_out import PageClientOut
from .page_delivery_out import PageDeliveryOut
from .page_endpoint_out import PageEndpointOut
from .page_entry_out import PageEntryOut
from .page_group_out import PageGroupOut
from .page_holiday_out import PageHolidayOut
from .page_loan_out import PageLoanOut
from .page_member_out import PageMemberOut
from .page_message_out import PageMessageOut
from .page_participant_out import PageParticipantOut
from .page_period_close_out import PagePeriodCloseOut
from .page_product_out import PageProductOut
from .page_rule_out import PageRuleOut
from .page_staff_out import PageStaffOut
from .page_transaction_out import PageTransactionOut
from .page_user_out import PageUserOut
from .par_band_out import ParBandOut
from .par_group_out import ParGroupOut
from .par_report_out import ParReportOut
from .participant_create import ParticipantCreate
from .participant_create_gender_type_0 import ParticipantCreateGenderType0
from .participant_out import ParticipantOut
from .passbook_v1_savings_accounts_account_id_transactions_get_format_type_0 import (
    PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0,
)
from .payout_destination import PayoutDestination
from .payout_destination_channel import PayoutDestinationChannel
from .payout_out import PayoutOut
from .payout_out_statement import PayoutOutStatement
from .payout_request import PayoutRequest
from .period_close_in import PeriodCloseIn
from .period_close_out import PeriodCloseOut
from .post_sheet_v1_collection_sheets_post_response_post_sheet_v1_collection_sheets_post import (
    PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost,
)
from .preview_in import PreviewIn
from .preview_in_frequency import PreviewInFrequency
from .preview_in_meeting_day_type_0 import PreviewInMeetingDayType0
from .preview_out import PreviewOut
from .price_list_in import PriceListIn
from .price_list_out import PriceListOut
from .problem import Problem
from .problem_error import ProblemError
from .producer_account import ProducerAccount
from .producer_create import ProducerCreate
from .producer_out import ProducerOut
from .product_create import ProductCreate
from .product_create_prepayment_interest import ProductCreatePrepaymentInterest
from .product_out import ProductOut
from .product_rate_out import ProductRateOut
from .product_total_out import ProductTotalOut
from .product_update import ProductUpdate
from .product_update_prepayment_interest_type_0 import ProductUpdatePrepaymentInterestType0
from .programme_out import ProgrammeOut
from .programme_out_rule import ProgrammeOutRule
from .progress_in import ProgressIn
from .progress_out import ProgressOut
from .project_create import ProjectCreate
from .project_out import ProjectOut
from .put_template_v1_notifications_templates_event_type_language_put_language import (
    PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage,
)
from .quality_check import QualityCheck
from .quote_out import QuoteOut
from .rate_change import RateChange
from .reason_in import ReasonIn
from .reconciliation_out import ReconciliationOut
from .reconciliation_out_counts import ReconciliationOutCounts
from .reject_in import RejectIn
from .reopen_in import ReopenIn
from .repayment_in import RepaymentIn
from .repayment_in_channel import RepaymentInChannel
from .required_reason import RequiredReason
from .return_create import ReturnCreate
from .return_line import ReturnLine
from .return_out import ReturnOut
from .return_out_lines_item import ReturnOutLinesItem
from .reverse_in import ReverseIn
from .review_in import ReviewIn
from .review_in_scores import ReviewInScores
from .review_out import ReviewOut
from .review_out_scores import ReviewOutScores
from .rule_create import RuleCreate
from .rule_line import RuleLine
from .rule_line_side import RuleLineSide
from .rule_out import RuleOut
from .rule_out_lines_item import RuleOutLinesItem
from .rule_update import RuleUpdate
from .sale_create import SaleCreate
from .sale_create_channel import SaleCreateChannel
from .sale_line_in import SaleLineIn
from .sale_line_out import SaleLineOut
from .sale_out import SaleOut
from .sales_report_out import SalesReportOut
from .sales_row_out import SalesRowOut
from .sales_v1_marketplace_reports_sales_get_format_type_0 import SalesV1MarketplaceReportsSalesGetFormatType0
from .sales_v1_marketplace_reports_sales_get_group_by import SalesV1MarketplaceReportsSalesGetGroupBy
from .savings_account_out import SavingsAccountOut
from .savings_in import SavingsIn
from .savings_installment_out import SavingsInstallmentOut
from .savings_kind_total_out import SavingsKindTotalOut
from .savings_page_account_out import SavingsPageAccountOut
from .savings_page_transaction_out import SavingsPageTransactionOut
from .savings_product_create import SavingsProductCreate
from .savings_product_create_days_in_year import SavingsProductCreateDaysInYear
from .savings_product_create_interest_method import SavingsProductCreateInterestMethod
from .savings_product_create_kind import SavingsProductCreateKind
from .savings_product_create_maturity_instruction_type_0 import SavingsProductCreateMaturityInstructionType0
from .savings_product_create_posting_period import SavingsProductCreatePostingPeriod
from .savings_product_out import SavingsProductOut
from .savings_reconciliation_out import SavingsReconciliationOut
from .savings_status_change import SavingsStatusChange
from .savings_transaction_out import SavingsTransactionOut
from .savings_transfer_in import SavingsTransferIn
from .score import Score
from .secret_out import SecretOut
from .secret_rotate import SecretRotate
from .secret_rotated import SecretRotated
from .section_out import SectionOut
from .session_out import SessionOut
from .settlement_out import SettlementOut
from .settlement_request import SettlementRequest
from .sheet_in import SheetIn
from .staff_create import StaffCreate
from .staff_out import StaffOut
from .staff_update import StaffUpdate
from .statement_out import StatementOut
from .status_change import StatusChange
from .stock_bucket_out import StockBucketOut
from .stock_out import StockOut
from .stock_report_out import StockReportOut
from .stock_row_out import StockRowOut
from .stock_totals_out import StockTotalsOut
from .stock_v1_marketplace_reports_stock_get_format_type_0 import StockV1MarketplaceReportsStockGetFormatType0
from .template_in import TemplateIn
from .template_out import TemplateOut
from .term_rate_in import TermRateIn
from .term_rate_out import TermRateOut
from .token_out import TokenOut
from .training_address_in import TrainingAddressIn
from .training_decision_in import TrainingDecisionIn
from .training_transfer_in import TrainingTransferIn
from .transaction_out import TransactionOut
from .transfer_create import TransferCreate
from .transfer_in import TransferIn
from .transfer_out import TransferOut
from .trial_balance_out import TrialBalanceOut
from .trial_balance_row_out import TrialBalanceRowOut
from .trial_balance_row_out_normal_side import TrialBalanceRowOutNormalSide
from .unions_v1_members_areas_unions_get_response_200_item import UnionsV1MembersAreasUnionsGetResponse200Item
from .upazilas_v1_members_areas_upazilas_get_response_200_item import UpazilasV1MembersAreasUpazilasGetResponse200Item
from .user_create import UserCreate
from .user_out import UserOut
from .user_update import UserUpdate
from .vat_rate_in import VatRateIn
from .vat_rate_out import VatRateOut
from .verification_out import VerificationOut
from .weekday import Weekday
from .withdraw_in import WithdrawIn
from .write_off_in import WriteOffIn

__all__ = (
    "AccountCreate",
    "AccountCreateType",
    "AccountNodeOut",
    "AccountOpen",
    "AccountOpenMaturityInstructionType0",
    "AccountOut",
    "AccountOutNormalBalance",
    "AccountRef",
    "AccountUpdate",
    "AccountUpdateTypeType0",
    "AddressIn",
    "AddressOut",
    "AdjustmentCreate",
    "AdjustmentCreateKind",
    "AdjustmentOut",
    "AdvanceOut",
    "AdvanceRequest",
    "Amortisation",
    "ApplyIn",
    "ApplyInFrequency",
    "ArrearsOut",
    "Arrival",
    "AssessmentIn",
    "AtOutletV1MarketplaceOutletsOutletIdOrdersGetStatusType0",
    "AttendanceIn",
    "AttendanceOut",
    "AttendanceRecord",
    "AttendanceRecordStatus",
    "AttendanceResult",
    "AuditOut",
    "BalanceSheetOut",
    "BodyTokenV1AuthTokenPost",
    "BookChangeOut",
    "BookChangeOutAction",
    "BookChangeOutChanges",
    "BookChangeOutResultType0",
    "BookChangeOutStatus",
    "BookChangeOutTarget",
    "BookChangeRejectIn",
    "BranchCreate",
    "BranchOut",
    "BranchPayablesOut",
    "BranchUpdate",
    "CancelIn",
    "Cancellation",
    "CascadeGroupOut",
    "CascadeOut",
    "ClassificationOut",
    "ClientCreate",
    "ClientOut",
    "ClientUpdate",
    "ClientWithSecret",
    "CloseBusinessDay",
    "CloseBusinessDayOut",
    "ClosureIn",
    "ClosureInChannel",
    "ClosureOut",
    "CohortCreate",
    "CohortDetail",
    "CohortOut",
    "CommissionRuleIn",
    "CommissionRuleOut",
    "CompletionIn",
    "Consent",
    "ConsentIn",
    "ConsentInMethod",
    "ContactOut",
    "CredentialOut",
    "Customer",
    "CustomerOut",
    "DailyRunIn",
    "DailyRunOut",
    "DecisionIn",
    "DeliveryOut",
    "DeliveryOutState",
    "DeliveryReportIn",
    "DeliveryReportInStatus",
    "DisburseIn",
    "DisburseInChannel",
    "DistrictsV1MembersAreasDistrictsGetResponse200Item",
    "DivisionsV1MembersAreasDivisionsGetResponse200Item",
    "EligibilityIn",
    "EligibilityInGendersType0Item",
    "EligibilityInGroupStatusesItem",
    "EligibilityInMemberStatusesItem",
    "EligibilityOut",
    "EndpointCreated",
    "EndpointCreatedOwnerKind",
    "EndpointCreatedStatus",
    "EndpointIn",
    "EndpointOut",
    "EndpointOutOwnerKind",
    "EndpointOutStatus",
    "EnrolmentIn",
    "EnrolmentOut",
    "EntryOut",
    "EvaluationOut",
    "EventTypeOut",
    "FacilitatorCreate",
    "FacilitatorCreateLevel",
    "FacilitatorOut",
    "FacilitatorYieldOut",
    "Frequency",
    "Fulfilment",
    "FulfilmentChannel",
    "Gender",
    "GeneralLedgerAccountOut",
    "GeneralLedgerOut",
    "GetAccountStatementV1LedgerReportsAccountStatementGetFormatType0",
    "GetBalanceSheetV1LedgerReportsBalanceSheetGetFormatType0",
    "GetGeneralLedgerV1LedgerReportsGeneralLedgerGetFormatType0",
    "GetIncomeStatementV1LedgerReportsIncomeStatementGetFormatType0",
    "GetSheetV1CollectionSheetsGetResponseGetSheetV1CollectionSheetsGet",
    "GetTemplateV1NotificationsTemplatesEventTypeLanguageGetLanguage",
    "GetTrialBalanceV1LedgerReportsTrialBalanceGetFormatType0",
    "GrantPaymentIn",
    "GrantPaymentInChannel",
    "GroupBy",
    "GroupCreate",
    "GroupOut",
    "GroupStatus",
    "GroupUpdate",
    "HistoryOut",
    "HoldIn",
    "HoldOut",
    "HolidayIn",
    "HolidayOut",
    "HoursIn",
    "HoursOut",
    "ImpactOut",
    "ImpactRowOut",
    "ImpactV1TrainingReportsImpactGetBy",
    "ImpactV1TrainingReportsImpactGetFormatType0",
    "IncomeStatementOut",
    "InstallmentOut",
    "InterestMethod",
    "InterestPeriodOut",
    "InterestPostingOut",
    "InterestRun",
    "InterestRunOut",
    "Language",
    "LedgerLineOut",
    "LendingReverseIn",
    "LineIn",
    "LineInChannel",
    "LineOut",
    "ListChangesV1LedgerBookChangesGetStatusType0",
    "ListChangesV1LedgerBookChangesGetTargetType0",
    "ListClosesV1LedgerPeriodClosesGetStatusType0",
    "ListDeliveriesV1WebhooksEndpointsEndpointIdDeliveriesGetStateType0",
    "ListMessagesV1NotificationsMessagesGetStatusType0",
    "ListPriceIn",
    "ListPriceOut",
    "LoanDetailOut",
    "LoanDifferenceOut",
    "LoanDifferenceOutKind",
    "LoanOut",
    "LoanRepaymentIn",
    "LoanRepaymentOut",
    "LotCreate",
    "LotCreateMode",
    "LotOut",
    "ManualEntryIn",
    "ManualLineIn",
    "MarketplaceEntryOut",
    "MarketplaceProductCreate",
    "MarketplaceProductCreateUnit",
    "MarketplaceProductOut",
    "MarketplaceReconciliationOut",
    "MarketplaceStatementOut",
    "MemberCreate",
    "MemberOut",
    "MemberStatus",
    "MemberUpdate",
    "MeOut",
    "MessageDetailOut",
    "MessageOut",
    "ModuleOut",
    "MoneyMove",
    "MoneyMoveChannel",
    "NewSecretOut",
    "NotificationsPreviewIn",
    "NotificationsPreviewInLanguage",
    "NotificationsPreviewOut",
    "OrderCreate",
    "OrderCreateChannel",
    "OrderLineOut",
    "OrderOut",
    "OutletCreate",
    "OutletOut",
    "OutletPriceList",
    "PageAccountOut",
    "PageArrearsOut",
    "PageAuditOut",
    "PageBookChangeOut",
    "PageBranchOut",
    "PageClientOut",
    "PageDeliveryOut",
    "PageEndpointOut",
    "PageEntryOut",
    "PageGroupOut",
    "PageHolidayOut",
    "PageLoanOut",
    "PageMemberOut",
    "PageMessageOut",
    "PageParticipantOut",
    "PagePeriodCloseOut",
    "PageProductOut",
    "PageRuleOut",
    "PageStaffOut",
    "PageTransactionOut",
    "PageUserOut",
    "ParBandOut",
    "ParGroupOut",
    "ParReportOut",
    "ParticipantCreate",
    "ParticipantCreateGenderType0",
    "ParticipantOut",
    "PassbookV1SavingsAccountsAccountIdTransactionsGetFormatType0",
    "PayoutDestination",
    "PayoutDestinationChannel",
    "PayoutOut",
    "PayoutOutStatement",
    "PayoutRequest",
    "PeriodCloseIn",
    "PeriodCloseOut",
    "PostSheetV1CollectionSheetsPostResponsePostSheetV1CollectionSheetsPost",
    "PreviewIn",
    "PreviewInFrequency",
    "PreviewInMeetingDayType0",
    "PreviewOut",
    "PriceListIn",
    "PriceListOut",
    "Problem",
    "ProblemError",
    "ProducerAccount",
    "ProducerCreate",
    "ProducerOut",
    "ProductCreate",
    "ProductCreatePrepaymentInterest",
    "ProductOut",
    "ProductRateOut",
    "ProductTotalOut",
    "ProductUpdate",
    "ProductUpdatePrepaymentInterestType0",
    "ProgrammeOut",
    "ProgrammeOutRule",
    "ProgressIn",
    "ProgressOut",
    "ProjectCreate",
    "ProjectOut",
    "PutTemplateV1NotificationsTemplatesEventTypeLanguagePutLanguage",
    "QualityCheck",
    "QuoteOut",
    "RateChange",
    "ReasonIn",
    "ReconciliationOut",
    "ReconciliationOutCounts",
    "RejectIn",
    "ReopenIn",
    "RepaymentIn",
    "RepaymentInChannel",
    "RequiredReason",
    "ReturnCreate",
    "ReturnLine",
    "ReturnOut",
    "ReturnOutLinesItem",
    "ReverseIn",
    "ReviewIn",
    "ReviewInScores",
    "ReviewOut",
    "ReviewOutScores",
    "RuleCreate",
    "RuleLine",
    "RuleLineSide",
    "RuleOut",
    "RuleOutLinesItem",
    "RuleUpdate",
    "SaleCreate",
    "SaleCreateChannel",
    "SaleLineIn",
    "SaleLineOut",
    "SaleOut",
    "SalesReportOut",
    "SalesRowOut",
    "SalesV1MarketplaceReportsSalesGetFormatType0",
    "SalesV1MarketplaceReportsSalesGetGroupBy",
    "SavingsAccountOut",
    "SavingsIn",
    "SavingsInstallmentOut",
    "SavingsKindTotalOut",
    "SavingsPageAccountOut",
    "SavingsPageTransactionOut",
    "SavingsProductCreate",
    "SavingsProductCreateDaysInYear",
    "SavingsProductCreateInterestMethod",
    "SavingsProductCreateKind",
    "SavingsProductCreateMaturityInstructionType0",
    "SavingsProductCreatePostingPeriod",
    "SavingsProductOut",
    "SavingsReconciliationOut",
    "SavingsStatusChange",
    "SavingsTransactionOut",
    "SavingsTransferIn",
    "Score",
    "SecretOut",
    "SecretRotate",
    "SecretRotated",
    "SectionOut",
    "SessionOut",
    "SettlementOut",
    "SettlementRequest",
    "SheetIn",
    "StaffCreate",
    "StaffOut",
    "StaffUpdate",
    "StatementOut",
    "StatusChange",
    "StockBucketOut",
    "StockOut",
    "StockReportOut",
    "StockRowOut",
    "StockTotalsOut",
    "StockV1MarketplaceReportsStockGetFormatType0",
    "TemplateIn",
    "TemplateOut",
    "TermRateIn",
    "TermRateOut",
    "TokenOut",
    "TrainingAddressIn",
    "TrainingDecisionIn",
    "TrainingTransferIn",
    "TransactionOut",
    "TransferCreate",
    "TransferIn",
    "TransferOut",
    "TrialBalanceOut",
    "TrialBalanceRowOut",
    "TrialBalanceRowOutNormalSide",
    "UnionsV1MembersAreasUnionsGetResponse200Item",
    "UpazilasV1MembersAreasUpazilasGetResponse200Item",
    "UserCreate",
    "UserOut",
    "UserUpdate",
    "VatRateIn",
    "VatRateOut",
    "VerificationOut",
    "Weekday",
    "WithdrawIn",
    "WriteOffIn",
)
