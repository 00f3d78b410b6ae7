"""The suites written apart from the generator (operations, ..., apiary): regressions.

``test_consumers`` checks that each case is well formed. The benchmark measures the suites over
5 seeds; here one run per seed calls every buggy consumer on every example (as the benchmark does)
and pins the reach the generator has: each bug it finds on every benchmark seed must be found on
each seed here. The ones it does not (mostly consumers of one provider among sixty-nine, which a
payload is only about one time in ten even when the code names it; see ``NOT_YET_WITHIN_100``) are
listed. The runs happen in a fresh interpreter (``_found_apart``), so that what else this process
imported (Hypothesis draws some strings from every local module's literals) does not move them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import hypothesis
import pytest
from hypothesis import given

from strategies import _named, integration_payloads
from tests.consumers._found_apart import SUITE_NAMED
from tests.consumers.bugs import ConsumerCase
from tests.consumers.suites import WRITTEN_APART
from tests.consumers.test_consumers import DEFAULT_RUN

SUITES = WRITTEN_APART
CASES = [case for suite in SUITES.values() for case in suite]
REPO = Path(__file__).resolve().parents[2]
NOT_YET_WITHIN_100 = frozenset(
    {
        # Measured with Hypothesis PINNED_HYPOTHESIS, every suite's providers favoured at once (each in
        # about one payload of a hundred): mostly bugs of one provider (FCM, APNs, Twilio, Slack, Kannel,
        # Grafana OnCall, ...) and the quirks the five adversarial suites were written around.
        "admissions_push_fcm_strict_json",
        "agritech_fcm_frost_push_project",
        "agritech_twilio_migration_row",
        "apiary_alert_queue",
        "apiary_inbox_hmac",
        "apns_bundle_id_parts",
        "apns_gateway_secure_flag_as_string",
        "apns_p8_key_to_der",
        "apns_pem_key_loader",
        "aquarium_gateway_token_auth_keys",
        "aquarium_migration_dash_identifier",
        "auction_outbid_push_fcm_project",
        "auction_rate_bucket_kannel_host",
        "auction_smtp_tls_both_switches",
        "automotive_push_fcm_project_id",
        "aviation_crew_smtp_blank_port",
        "aviation_fcm_encrypted_service_account",
        "bikeshare_apns_yaml_template",
        "bikeshare_generic_sms_token_key",
        "bikeshare_kannel_xml_control_chars",
        "bikeshare_rider_push_fcm_service_account",
        "bikeshare_smtp_ini_percent",
        "bikeshare_unlock_sms_twilio_sid",
        "bloodbank_fcm_service_account",
        "bloodbank_smtp_ini_percent",
        "brewery_apns_key_base64",
        "brewery_beams_instance_uuid",
        "brewery_generic_sms_header",
        "brewery_ses_region_shape",
        "brewery_twilio_usage_sid",
        "childcare_fcm_service_account_json",
        "childcare_ses_region_residency",
        "childcare_smtp_relay_ipv6_host",
        "childcare_whatsapp_line_uint32",
        "cinema_apns_fingerprint",
        "cinema_azure_connection",
        "country_routing_lists_json_values",
        "coworking_fcm_project_encrypted",
        "coworking_gateway_yaml_login",
        "dating_apns_key",
        "dating_chat_alert_template",
        "dating_slack_redirect_port",
        "dating_slack_team_id",
        "dating_smtp_tls_options",
        "dental_push_fcm_service_account_json",
        "education_twilio_parent_sms_client",
        "energy_ses_region_residency",
        "energy_twilio_missing_account_sid",
        "environment_access_check",
        "esports_alert_rules",
        "evcharging_apns_signer_config",
        "evcharging_azure_sms_config",
        "fcm_project",
        "fcm_project_isolation",
        "fcm_push_project_id",
        "fcm_send_url",
        "fcm_service_account_json",
        "fcm_service_account_key_id",
        "fcm_service_account_project",
        "ferry_dispatch_queue",
        "florist_fcm_send_url",
        "gaming_fcm_project_lookup",
        "generic_sms_latin1_headers",
        "genomics_delivery_adapter",
        "genomics_expo_push_headers",
        "genomics_fcm_project",
        "genomics_ses_endpoint",
        "genomics_sms_ledger_sender",
        "genomics_webhook_egress",
        "grafana_title_template",
        "greenhouse_slack_oauth_state",
        "groundstation_apns_plist_secure_absent",
        "hatchery_crew_token_padding",
        "healthcare_fcm_project_id",
        "hospitality_ses_region_endpoint",
        "hospitality_twilio_auth_header",
        "hospitality_whatsapp_phone_number_id",
        "hvac_fcm_project",
        "hvac_quiet_hours",
        "insurance_adjuster_app_fcm_project",
        "insurance_smtp_relay_port",
        "iot_beams_instance_id_whitespace",
        "iot_fcm_service_account_not_json",
        "kannel_target_port_string_out_of_range",
        "laundromat_cycle_alert_router",
        "laundromat_fcm_project_resolver",
        "laundromat_loyalty_threshold_rules",
        "laundromat_promo_like_matcher",
        "legal_court_sms_twilio_account_sid",
        "legal_ses_residency_region_prefix",
        "library_apns_key_base64",
        "lighthouse_jwt_expiry",
        "logistics_driver_push_fcm_project",
        "marina_fuel_dock_smtp_probe",
        "marina_tide_push_apns",
        "maritime_fleet_fcm_project",
        "media_breaking_push_fcm_encrypted_service_account",
        "media_editorial_slack_relative_redirect",
        "media_syndication_smtp_blank_port",
        "min_app_version_condition_value_as_int",
        "movers_fcm_service_account",
        "movers_primary_route",
        "museum_apns_key_fingerprint",
        "museum_sms_gateway_request",
        "museum_whatsapp_endpoint",
        "nonprofit_donor_residency_govcloud_region",
        "nonprofit_shift_quiet_hours_absolute_zone_path",
        "nonprofit_volunteer_push_double_encoded_service_account",
        "notary_gateway_secret_header",
        "notary_loader_dash_identifier",
        "observatory_fcm_service_account_json",
        "observatory_kannel_ipv6_host",
        "observatory_ses_region_three_parts",
        "observatory_twilio_sid_whitespace",
        "orchestra_inbox_hmac_without_secret",
        "orchestra_oncall_title_template",
        "orchestra_tls_ca_list",
        "order_confirmation_min_cart_value_float",
        "paging_bridge_slack_redirect_host",
        "payroll_slack_manifest",
        "pestcontrol_apns_key_fingerprint",
        "pestcontrol_fcm_send_url",
        "pestcontrol_oncall_route_yaml",
        "pharmacy_refill_push_fcm_project",
        "pharmacy_routed_store_numbers",
        "plumbing_jwt_token_expiry",
        "plumbing_provider_probe",
        "pottery_basic_auth",
        "pottery_fcm_project",
        "pottery_kannel_argv",
        "pottery_smtp_tls",
        "printshop_night_shift_chat_route",
        "publishing_fcm_project",
        "publishing_kannel_url",
        "publishing_ses_residency",
        "publishing_slack_install",
        "publishing_smtp_tls_policy",
        "push_app_fcm_project_id_json_service_account",
        "push_cert_apns_key_base64",
        "push_fcm_project_id_from_service_account_json",
        "quarry_apns_pem_base64",
        "quarry_fcm_service_account",
        "quarry_kannel_port",
        "quarry_scalehouse_ini_percent",
        "radio_fcm_project",
        "railway_crew_push_service_account_not_json",
        "realestate_apns_key_fingerprint",
        "realestate_fcm_send_endpoint",
        "realestate_rent_band_from_conditions",
        "retail_push_apns_key_fingerprint",
        "retail_push_fcm_project",
        "retail_sms_quiet_hours_zone",
        "retail_warehouse_deleted_partition",
        "saas_oncall_title_unicode_escape",
        "saas_tenant_fcm_service_account_shape",
        "secrets_sync_twilio_account_sid",
        "seedbank_token_expiry",
        "shipyard_crew_filter",
        "shipyard_grafana_title",
        "shipyard_smtp_ini",
        "shipyard_webhook_signature",
        "skiresort_fcm_service_account_encrypted",
        "skiresort_inbox_hmac_without_secret",
        "skiresort_smtp_relay_ipv6_host",
        "skiresort_webhook_idn_host",
        "slack_redirect_allowlist",
        "sms_registry_telnyx_profile_uuid",
        "smtp_endpoint_keyword_int_port",
        "smtp_inventory_port_not_numeric",
        "smtp_port_parse",
        "smtp_relay_nodemailer_port",
        "smtp_transport_port",
        "solar_apns_key_fingerprint",
        "sports_fan_push_fcm_project",
        "sports_steward_slack_install_link",
        "streaming_chat_install_link",
        "tailor_azure_endpoint",
        "telecom_azure_connection_string_padding",
        "telecom_basic_auth_latin1_credentials",
        "telecom_email_gateway_from_header",
        "telecom_infobip_base_url_empty_label",
        "telecom_kannel_port_out_of_range",
        "telecom_quiet_hours_zoneinfo_key",
        "telecom_sender_kind_superscript_digit",
        "telecom_smpp_bind_system_id_bytes",
        "theater_azure_sms_signing_key",
        "theater_mailer_tls_floor",
        "theater_sns_reminder_partition",
        "theater_usher_fcm_project",
        "transit_delay_alert_targets_rider",
        "transit_generic_sms_headers",
        "transit_kannel_sendsms_url",
        "travel_fcm_boarding_pass_project",
        "twilio_sms_adapter",
        "veterinary_fcm_loader",
        "veterinary_smtp_relay",
        "waterworks_apns_key_fingerprint",
        "waterworks_generic_sms_probe",
        "waterworks_slack_app_config",
        "waterworks_sms_billing_account",
        "windfarm_apns_p8_crlf",
        "windfarm_fcm_service_account_json",
        "windfarm_scada_hmac_secret_hex",
        "winery_fcm_project_monitor",
        "winery_smtp_tls_ca_bundle",
        "winery_widget_hmac_key",
        "zoo_keeper_alert_route",
    }
)
"""What the generator does not find on every seed yet."""
PINNED_HYPOTHESIS = "6.170.17"
"""The Hypothesis the list was measured with: another one draws other sequences from the same seeds."""
ELSEWHERE_FOUND = 0.85
"""On another Hypothesis, the share of bugs each seed must find (the pinned one finds 92-96%)."""


def _found_in_a_fresh_process(seed: int) -> set[str]:
    """What one default run finds, in an interpreter that imported only the suites (see _found_apart)."""
    run = subprocess.run(
        [sys.executable, "-m", "tests.consumers._found_apart", str(seed)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=REPO,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    return set(json.loads(run.stdout.splitlines()[-1]))


@pytest.mark.parametrize("suite", list(SUITES.values()), ids=list(SUITES))
def test_distinct_cases(suite: list[ConsumerCase]) -> None:
    assert len(suite) >= 15
    assert len({case.name for case in suite}) == len(suite)


def test_the_unreached_list_names_real_cases() -> None:
    assert {case.name for case in CASES} >= NOT_YET_WITHIN_100


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_every_bug_but_the_listed_is_found_within_100_examples(seed: int) -> None:
    found = _found_in_a_fresh_process(seed)
    if hypothesis.__version__ != PINNED_HYPOTHESIS:
        assert len(found) >= ELSEWHERE_FOUND * len(CASES)
        return
    assert {case.name for case in CASES} - NOT_YET_WITHIN_100 - found == set()


CONTROL_SHARDS = 4
"""The controls run in this many tests, so that pytest-xdist's workers share the longest test here."""


@pytest.mark.parametrize("shard", range(CONTROL_SHARDS))
@pytest.mark.parametrize("seed", [0])  # a few fixed consumers are slow on long strings: one seed here
def test_controls_never_fail(seed: int, shard: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_named, "named_literals", lambda: SUITE_NAMED)  # as in _found_apart

    @DEFAULT_RUN
    @hypothesis.seed(seed)
    @given(integration_payloads())
    def consume(payload: dict[str, Any]) -> None:
        for case in CASES[shard::CONTROL_SHARDS]:
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
