"""The seventy-four suites written apart from the generator (operations, ..., evcharging): regressions.

``test_consumers`` checks that each case is well formed. The benchmark measures the suites over
5 seeds; here one run per seed calls every buggy consumer on every example (as the benchmark does)
and pins the reach the generator has: each bug it finds on every benchmark seed must be found on
each seed here. The ones it does not (mostly consumers of one provider among sixty-nine, which a
payload is only about one time in ten even when the code names it; see ``NOT_YET_WITHIN_100``) are
listed.
"""

from __future__ import annotations

import sys
from typing import Any

import hypothesis
import pytest
from hypothesis import given

from strategies import _named, integration_payloads
from tests.consumers.bugs import ConsumerCase
from tests.consumers.suites import WRITTEN_APART
from tests.consumers.test_consumers import DEFAULT_RUN

SUITES = WRITTEN_APART
CASES = [case for suite in SUITES.values() for case in suite]
NOT_YET_WITHIN_100 = frozenset(
    {
        # Found on most seeds, but not on one of the three in CI's context (Hypothesis 6.170.17, -n auto)
        # once the seeds' payload sequences moved with Hypothesis' pool of local literals.
        "civic_webhook_allowlist_host",
        "fanout_primary_slot",
        "legal_primary_sender_only_email_sms",
        "routing_numeric_condition",
        # Bugs of one provider each: found on some seeds only (see the README's bug-finding table).
        "fcm_project",
        "fcm_service_account_json",
        "grafana_title_template",
        "apns_p8_key_to_der",
        "fcm_project_isolation",
        "fcm_service_account_project",
        "fcm_service_account_key_id",
        "apns_bundle_id_parts",
        "push_cert_apns_key_base64",
        "generic_sms_latin1_headers",
        "paging_bridge_slack_redirect_host",
        "apns_gateway_secure_flag_as_string",
        "push_fcm_project_id_from_service_account_json",
        "push_app_fcm_project_id_json_service_account",
        "healthcare_fcm_project_id",
        "logistics_driver_push_fcm_project",
        "travel_fcm_boarding_pass_project",
        "iot_beams_instance_id_whitespace",
        "media_breaking_push_fcm_encrypted_service_account",
        "media_editorial_slack_relative_redirect",
        # An active in-app integration: with the providers of every suite favoured at once, about
        # one payload in fifty (in-app one in twenty to thirty, active two in five of those).
        "budget_monthly_forecast_in_app_channel",
        # The five suites written to break a generic generator (stdlib parsers' quirks): superscript digits
        # in a port, zero-padded IPv4 octets, GovCloud regions, a zoneinfo path as a condition value, JSON
        # encoded twice, wrapped PEM bodies, NaN amounts, three-digit calling codes, quotes in a sender.
        "nonprofit_donor_residency_govcloud_region",
        "nonprofit_receipt_idn_sender_address",
        "telecom_quiet_hours_zoneinfo_key",
        "saas_webhook_trace_id_trailing_newline",
        "saas_webhook_egress_ip_literal",
        "telecom_email_gateway_from_header",
        "nonprofit_shift_quiet_hours_absolute_zone_path",
        "nonprofit_volunteer_push_double_encoded_service_account",
        "realestate_apns_key_fingerprint",
        "realestate_fcm_send_endpoint",
        "realestate_rent_band_from_conditions",
        "saas_tenant_fcm_service_account_shape",
        "saas_oncall_title_unicode_escape",
        "saas_health_token_not_a_jwt",
        "telecom_smpp_bind_system_id_bytes",
        "telecom_sender_kind_superscript_digit",
        "telecom_azure_connection_string_padding",
        "telecom_infobip_base_url_empty_label",
        "telecom_kannel_port_out_of_range",
        "retail_push_apns_key_fingerprint",
        "retail_sms_quiet_hours_zone",
        "retail_push_fcm_project",
        "retail_warehouse_deleted_partition",
        # One of the eight suites of the previous release, together: Slack without a redirect URL.
        "sports_steward_slack_install_link",
        # Together, the suites' tables leave out four channels between them, so none is lifted: an
        # in-app integration their queue tables miss, and FCM's service account (push) in five of them.
        "hospitality_shift_alert_queue",
        "sports_matchday_queue_by_channel",
        "agritech_fcm_frost_push_project",
        "aviation_fcm_encrypted_service_account",
        "pharmacy_refill_push_fcm_project",
        # The four suites of this round, together: an active in-app integration their billing table
        # misses (no channel is lifted with every suite's tables at once), FCM's service account and a
        # Slack redirect of maritime; SES regions of two earlier suites moved past 100 on one seed.
        "construction_monthly_fee",
        # Found on most seeds, depending on what else the process imported (Hypothesis draws some strings
        # from every local module's literals): a one-provider sender or profile id, the code's own
        # organization with an unknown environment, and the suites
        # written to break a generic generator (IDNA, IPv4 literals, XML control characters, Latin-1).
        "hospitality_whatsapp_phone_number_id",
        "realestate_showing_sender_domain_idna",
        "retail_loyalty_dkim_domain",
        "kannel_target_port_string_out_of_range",
        # Left out of the generator: a lone surrogate (not Unicode: this library's JSON readers report it as
        # not_unicode, and the server stores UTF-8, so it never sends one).
        # With the four suites of this round (events, crypto, parking, publishing) favoured too, every
        # suite's providers at once: nodemailer's port, a cart value, and `publishing`'s one-provider bugs
        # (Kannel, Slack, SES, FCM).
        "publishing_fcm_project",
        "publishing_kannel_url",
        "publishing_slack_install",
        # After this round's last change (a named value drawn after the usual one's draws): one-provider
        # bugs of Twilio, FCM, APNs and Mailgun, ports and IPv4 literals, moved past 100 on some seed.
        "apns_pem_key_loader",
        "automotive_push_fcm_project_id",
        "fcm_push_project_id",
        "fcm_send_url",
        "gaming_fcm_project_lookup",
        "insurance_adjuster_app_fcm_project",
        "iot_fcm_service_account_not_json",
        "mailgun_base_url_region",
        "publishing_smtp_tls_policy",
        "sports_fan_push_fcm_project",
        # This round's twelve suites, with every suite's providers favoured at once (each about one payload
        # in a hundred): their one-provider bugs (APNs keys, Slack, WhatsApp, generic SMS, Azure, Telnyx,
        # Beams) and a few rare values; and bugs of earlier suites that moved past 100 on some seed.
        "brewery_apns_key_base64",
        "brewery_beams_instance_uuid",
        "cinema_apns_fingerprint",
        "cinema_azure_connection",
        "dating_apns_key",
        "dating_chat_alert_template",
        "dating_slack_redirect_port",
        "dating_slack_team_id",
        "evcharging_apns_signer_config",
        "evcharging_azure_sms_config",
        "library_apns_key_base64",
        "maritime_fleet_fcm_project",
        "museum_apns_key_fingerprint",
        "museum_whatsapp_endpoint",
        "payroll_slack_manifest",
        "slack_redirect_allowlist",
        "veterinary_fcm_loader",
        "waterworks_apns_key_fingerprint",
        "waterworks_slack_app_config",
        # With lone surrogates drawn (one more up-front draw per payload), the three seeds' shared
        # sequence moved: Twilio without its account SID, among others, falls past 100 together.
        "agritech_twilio_migration_row",
        "brewery_grafana_state_enum",
        "brewery_twilio_usage_sid",
        "cinema_push_app_uuid",
        "dating_smtp_tls_options",
        "education_twilio_parent_sms_client",
        "energy_twilio_missing_account_sid",
        "fooddelivery_apns_gateway",
        "gaming_twilio_recovery_sender",
        "grafana_oncall_state_case_sensitive",
        "hospitality_twilio_auth_header",
        "legal_court_sms_twilio_account_sid",
        "maritime_notice_cli_command",
        "min_app_version_condition_value_as_int",
        "nonprofit_relay_guard_zero_padded_ipv4",
        "realestate_office_firewall_relay_ip",
        "recruiting_chat_signature",
        "retail_store_firewall_host",
        "secrets_sync_twilio_account_sid",
        "squid_webhook_acl_ascii",
        "streaming_chat_install_link",
        "telecom_dashboard_objectid_unicode_digits",
        "telecom_smsc_firewall_zero_padded_ip",
        "twilio_sms_adapter",
        "workforce_approval_route",
    }
)
"""What the generator does not find on every seed yet."""


SUITE_NAMED = frozenset().union(*(_named._module_literals(sys.modules[c.buggy.__module__]) for c in CASES))
"""The providers and ids the suites' code names, as a session importing only them would favour."""


@pytest.fixture(autouse=True)
def only_the_suites_name_providers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same providers favoured whatever else this process imported (other tests, pytester runs)."""
    monkeypatch.setattr(_named, "named_literals", lambda: SUITE_NAMED)


def _found(cases: list[ConsumerCase], seed: int) -> set[str]:
    found: set[str] = set()

    @DEFAULT_RUN
    @hypothesis.seed(seed)
    @given(integration_payloads())
    def consume(payload: dict[str, Any]) -> None:
        for case in cases:
            if case.name not in found:
                try:
                    case.buggy(payload)
                except case.raises:
                    found.add(case.name)
                except Exception:  # another failure first is not this bug (as in the benchmark)
                    pass

    consume()
    return found


@pytest.mark.parametrize("suite", list(SUITES.values()), ids=list(SUITES))
def test_distinct_cases(suite: list[ConsumerCase]) -> None:
    assert len(suite) >= 15
    assert len({case.name for case in suite}) == len(suite)


def test_the_unreached_list_names_real_cases() -> None:
    assert {case.name for case in CASES} >= NOT_YET_WITHIN_100


@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_bug_but_the_listed_is_found_within_100_examples(seed: int) -> None:
    missed = {case.name for case in CASES} - NOT_YET_WITHIN_100 - _found(CASES, seed)
    assert missed == set()


@pytest.mark.parametrize("seed", [0, 1])
def test_controls_never_fail(seed: int) -> None:
    @DEFAULT_RUN
    @hypothesis.seed(seed)
    @given(integration_payloads())
    def consume(payload: dict[str, Any]) -> None:
        for case in CASES:
            try:
                case.fixed(payload)
            except Exception as error:
                error.add_note(f"raised by the fixed control of {case.name!r}")
                raise

    consume()


def test_the_benchmark_can_scope_the_named_providers_to_one_suite() -> None:
    """``--isolated``: ours favours what the suite's own module names, and the scan is restored after."""
    from benchmarks.bench_bug_finding import names_of

    before = _named.named_literals
    with names_of(SUITES["inbox"]):
        assert _named.named_literals() == frozenset(
            _named._module_literals(sys.modules[SUITES["inbox"][0].buggy.__module__])
        )
        assert "fcm" in _named.named_literals()
        assert "grafana-on-call" not in _named.named_literals()  # named by clients and infra only
    assert _named.named_literals is before
