"""Every consumer-bug suite by name: the one registry the benchmark and the regression tests read."""

from __future__ import annotations

from tests.consumers.admissions import ADMISSIONS_BUGS
from tests.consumers.agritech import AGRITECH_BUGS
from tests.consumers.ambulance import AMBULANCE_BUGS
from tests.consumers.analytics import ANALYTICS_BUGS
from tests.consumers.apiary import APIARY_BUGS
from tests.consumers.aquarium import AQUARIUM_BUGS
from tests.consumers.auction import AUCTION_BUGS
from tests.consumers.automation import AUTOMATION_BUGS
from tests.consumers.automotive import AUTOMOTIVE_BUGS
from tests.consumers.aviation import AVIATION_BUGS
from tests.consumers.bakery import BAKERY_BUGS
from tests.consumers.bikeshare import BIKESHARE_BUGS
from tests.consumers.billing import BILLING_BUGS
from tests.consumers.bloodbank import BLOODBANK_BUGS
from tests.consumers.bowling import BOWLING_BUGS
from tests.consumers.brewery import BREWERY_BUGS
from tests.consumers.bugs import BUGS, ConsumerCase
from tests.consumers.campground import CAMPGROUND_BUGS
from tests.consumers.carwash import CARWASH_BUGS
from tests.consumers.childcare import CHILDCARE_BUGS
from tests.consumers.cinema import CINEMA_BUGS
from tests.consumers.civic import CIVIC_BUGS
from tests.consumers.clients import CLIENT_BUGS
from tests.consumers.compliance import COMPLIANCE_BUGS
from tests.consumers.construction import CONSTRUCTION_BUGS
from tests.consumers.coworking import COWORKING_BUGS
from tests.consumers.crm import CRM_BUGS
from tests.consumers.crypto import CRYPTO_BUGS
from tests.consumers.dating import DATING_BUGS
from tests.consumers.dental import DENTAL_BUGS
from tests.consumers.devex import DEVEX_BUGS
from tests.consumers.dispatch import DISPATCH_BUGS
from tests.consumers.ecommerce import ECOMMERCE_BUGS
from tests.consumers.edge import EDGE_BUGS
from tests.consumers.education import EDUCATION_BUGS
from tests.consumers.energy import ENERGY_BUGS
from tests.consumers.escaperoom import ESCAPEROOM_BUGS
from tests.consumers.esports import ESPORTS_BUGS
from tests.consumers.evcharging import EVCHARGING_BUGS
from tests.consumers.events import EVENTS_BUGS
from tests.consumers.ferry import FERRY_BUGS
from tests.consumers.festival import FESTIVAL_BUGS
from tests.consumers.fintech import FINTECH_BUGS
from tests.consumers.fitness import FITNESS_BUGS
from tests.consumers.florist import FLORIST_BUGS
from tests.consumers.fooddelivery import FOODDELIVERY_BUGS
from tests.consumers.frontend import FRONTEND_BUGS
from tests.consumers.gaming import GAMING_BUGS
from tests.consumers.genomics import GENOMICS_BUGS
from tests.consumers.golfclub import GOLFCLUB_BUGS
from tests.consumers.governance import GOVERNANCE_BUGS
from tests.consumers.greenhouse import GREENHOUSE_BUGS
from tests.consumers.groundstation import GROUNDSTATION_BUGS
from tests.consumers.hatchery import HATCHERY_BUGS
from tests.consumers.healthcare import HEALTHCARE_BUGS
from tests.consumers.hospitality import HOSPITALITY_BUGS
from tests.consumers.hostel import HOSTEL_BUGS
from tests.consumers.hvac import HVAC_BUGS
from tests.consumers.iac import IAC_BUGS
from tests.consumers.icerink import ICERINK_BUGS
from tests.consumers.inbox import INBOX_BUGS
from tests.consumers.infra import INFRA_BUGS
from tests.consumers.insurance import INSURANCE_BUGS
from tests.consumers.iot import IOT_BUGS
from tests.consumers.kennel import KENNEL_BUGS
from tests.consumers.laundromat import LAUNDROMAT_BUGS
from tests.consumers.legal import LEGAL_BUGS
from tests.consumers.library import LIBRARY_BUGS
from tests.consumers.lighthouse import LIGHTHOUSE_BUGS
from tests.consumers.localization import LOCALIZATION_BUGS
from tests.consumers.locksmith import LOCKSMITH_BUGS
from tests.consumers.logistics import LOGISTICS_BUGS
from tests.consumers.marina import MARINA_BUGS
from tests.consumers.maritime import MARITIME_BUGS
from tests.consumers.marketing import MARKETING_BUGS
from tests.consumers.media import MEDIA_BUGS
from tests.consumers.messaging import MESSAGING_BUGS
from tests.consumers.migration import MIGRATION_BUGS
from tests.consumers.mobile import MOBILE_BUGS
from tests.consumers.movers import MOVERS_BUGS
from tests.consumers.museum import MUSEUM_BUGS
from tests.consumers.nonprofit import NONPROFIT_BUGS
from tests.consumers.notary import NOTARY_BUGS
from tests.consumers.observability import OBSERVABILITY_BUGS
from tests.consumers.observatory import OBSERVATORY_BUGS
from tests.consumers.oncall import ONCALL_BUGS
from tests.consumers.operations import OPERATIONS_BUGS
from tests.consumers.orchestra import ORCHESTRA_BUGS
from tests.consumers.parking import PARKING_BUGS
from tests.consumers.payroll import PAYROLL_BUGS
from tests.consumers.pestcontrol import PESTCONTROL_BUGS
from tests.consumers.pharmacy import PHARMACY_BUGS
from tests.consumers.platform import PLATFORM_BUGS
from tests.consumers.plumbing import PLUMBING_BUGS
from tests.consumers.pottery import POTTERY_BUGS
from tests.consumers.printshop import PRINTSHOP_BUGS
from tests.consumers.publishing import PUBLISHING_BUGS
from tests.consumers.quarry import QUARRY_BUGS
from tests.consumers.radio import RADIO_BUGS
from tests.consumers.railway import RAILWAY_BUGS
from tests.consumers.realestate import REALESTATE_BUGS
from tests.consumers.recruiting import RECRUITING_BUGS
from tests.consumers.reporting import REPORTING_BUGS
from tests.consumers.retail import RETAIL_BUGS
from tests.consumers.ridehail import RIDEHAIL_BUGS
from tests.consumers.ropeway import ROPEWAY_BUGS
from tests.consumers.saas import SAAS_BUGS
from tests.consumers.salon import SALON_BUGS
from tests.consumers.search import SEARCH_BUGS
from tests.consumers.security import SECURITY_BUGS
from tests.consumers.seedbank import SEEDBANK_BUGS
from tests.consumers.services import SERVICE_BUGS
from tests.consumers.shipyard import SHIPYARD_BUGS
from tests.consumers.skiresort import SKIRESORT_BUGS
from tests.consumers.solar import SOLAR_BUGS
from tests.consumers.sports import SPORTS_BUGS
from tests.consumers.streaming import STREAMING_BUGS
from tests.consumers.support import SUPPORT_BUGS
from tests.consumers.tailor import TAILOR_BUGS
from tests.consumers.telecom import TELECOM_BUGS
from tests.consumers.tenancy import TENANCY_BUGS
from tests.consumers.theater import THEATER_BUGS
from tests.consumers.tooling import TOOLING_BUGS
from tests.consumers.transit import TRANSIT_BUGS
from tests.consumers.travel import TRAVEL_BUGS
from tests.consumers.veterinary import VETERINARY_BUGS
from tests.consumers.waterworks import WATERWORKS_BUGS
from tests.consumers.windfarm import WINDFARM_BUGS
from tests.consumers.winery import WINERY_BUGS
from tests.consumers.workforce import WORKFORCE_BUGS
from tests.consumers.zoo import ZOO_BUGS

SUITES: dict[str, list[ConsumerCase]] = {
    "designed": BUGS,
    "services": SERVICE_BUGS,
    "operations": OPERATIONS_BUGS,
    "reporting": REPORTING_BUGS,
    "tooling": TOOLING_BUGS,
    "observability": OBSERVABILITY_BUGS,
    "migration": MIGRATION_BUGS,
    "frontend": FRONTEND_BUGS,
    "security": SECURITY_BUGS,
    "clients": CLIENT_BUGS,
    "billing": BILLING_BUGS,
    "automation": AUTOMATION_BUGS,
    "dispatch": DISPATCH_BUGS,
    "infra": INFRA_BUGS,
    "tenancy": TENANCY_BUGS,
    "analytics": ANALYTICS_BUGS,
    "governance": GOVERNANCE_BUGS,
    "inbox": INBOX_BUGS,
    "messaging": MESSAGING_BUGS,
    "platform": PLATFORM_BUGS,
    "support": SUPPORT_BUGS,
    "edge": EDGE_BUGS,
    "marketing": MARKETING_BUGS,
    "devex": DEVEX_BUGS,
    "search": SEARCH_BUGS,
    "compliance": COMPLIANCE_BUGS,
    "mobile": MOBILE_BUGS,
    "crm": CRM_BUGS,
    "localization": LOCALIZATION_BUGS,
    "iac": IAC_BUGS,
    "ecommerce": ECOMMERCE_BUGS,
    "oncall": ONCALL_BUGS,
    "fintech": FINTECH_BUGS,
    "healthcare": HEALTHCARE_BUGS,
    "logistics": LOGISTICS_BUGS,
    "gaming": GAMING_BUGS,
    "education": EDUCATION_BUGS,
    "travel": TRAVEL_BUGS,
    "iot": IOT_BUGS,
    "workforce": WORKFORCE_BUGS,
    "civic": CIVIC_BUGS,
    "insurance": INSURANCE_BUGS,
    "media": MEDIA_BUGS,
    "nonprofit": NONPROFIT_BUGS,
    "realestate": REALESTATE_BUGS,
    "saas": SAAS_BUGS,
    "retail": RETAIL_BUGS,
    "telecom": TELECOM_BUGS,
    "legal": LEGAL_BUGS,
    "energy": ENERGY_BUGS,
    "hospitality": HOSPITALITY_BUGS,
    "automotive": AUTOMOTIVE_BUGS,
    "aviation": AVIATION_BUGS,
    "pharmacy": PHARMACY_BUGS,
    "agritech": AGRITECH_BUGS,
    "sports": SPORTS_BUGS,
    "fooddelivery": FOODDELIVERY_BUGS,
    "maritime": MARITIME_BUGS,
    "fitness": FITNESS_BUGS,
    "construction": CONSTRUCTION_BUGS,
    "events": EVENTS_BUGS,
    "crypto": CRYPTO_BUGS,
    "parking": PARKING_BUGS,
    "publishing": PUBLISHING_BUGS,
    "streaming": STREAMING_BUGS,
    "veterinary": VETERINARY_BUGS,
    "ridehail": RIDEHAIL_BUGS,
    "recruiting": RECRUITING_BUGS,
    "library": LIBRARY_BUGS,
    "brewery": BREWERY_BUGS,
    "cinema": CINEMA_BUGS,
    "payroll": PAYROLL_BUGS,
    "dating": DATING_BUGS,
    "waterworks": WATERWORKS_BUGS,
    "museum": MUSEUM_BUGS,
    "evcharging": EVCHARGING_BUGS,
    "childcare": CHILDCARE_BUGS,
    "coworking": COWORKING_BUGS,
    "genomics": GENOMICS_BUGS,
    "skiresort": SKIRESORT_BUGS,
    "railway": RAILWAY_BUGS,
    "dental": DENTAL_BUGS,
    "winery": WINERY_BUGS,
    "observatory": OBSERVATORY_BUGS,
    "theater": THEATER_BUGS,
    "windfarm": WINDFARM_BUGS,
    "bikeshare": BIKESHARE_BUGS,
    "auction": AUCTION_BUGS,
    "quarry": list(QUARRY_BUGS),
    "orchestra": list(ORCHESTRA_BUGS),
    "shipyard": list(SHIPYARD_BUGS),
    "pottery": list(POTTERY_BUGS),
    "kennel": list(KENNEL_BUGS),
    "transit": list(TRANSIT_BUGS),
    "laundromat": list(LAUNDROMAT_BUGS),
    "zoo": list(ZOO_BUGS),
    "printshop": list(PRINTSHOP_BUGS),
    "apiary": list(APIARY_BUGS),
    "campground": list(CAMPGROUND_BUGS),
    "movers": list(MOVERS_BUGS),
    "esports": list(ESPORTS_BUGS),
    "hvac": list(HVAC_BUGS),
    "golfclub": list(GOLFCLUB_BUGS),
    "ferry": list(FERRY_BUGS),
    "locksmith": list(LOCKSMITH_BUGS),
    "salon": list(SALON_BUGS),
    "bakery": list(BAKERY_BUGS),
    "solar": list(SOLAR_BUGS),
    "pestcontrol": list(PESTCONTROL_BUGS),
    "marina": list(MARINA_BUGS),
    "plumbing": list(PLUMBING_BUGS),
    "radio": list(RADIO_BUGS),
    "florist": list(FLORIST_BUGS),
    "bloodbank": list(BLOODBANK_BUGS),
    "carwash": list(CARWASH_BUGS),
    "admissions": list(ADMISSIONS_BUGS),
    "escaperoom": list(ESCAPEROOM_BUGS),
    "festival": list(FESTIVAL_BUGS),
    "groundstation": list(GROUNDSTATION_BUGS),
    "notary": list(NOTARY_BUGS),
    "aquarium": list(AQUARIUM_BUGS),
    "hostel": list(HOSTEL_BUGS),
    "ambulance": list(AMBULANCE_BUGS),
    "greenhouse": list(GREENHOUSE_BUGS),
    "tailor": list(TAILOR_BUGS),
    "ropeway": list(ROPEWAY_BUGS),
    "seedbank": list(SEEDBANK_BUGS),
    "icerink": list(ICERINK_BUGS),
    "lighthouse": list(LIGHTHOUSE_BUGS),
    "bowling": list(BOWLING_BUGS),
    "hatchery": list(HATCHERY_BUGS),
}
"""Suite name -> its cases, in the order the benchmark reports them; a new suite is added here only."""
IN_REPO = ("designed", "services")
"""The suites written with the generator in view; the rest were written apart from it."""
WRITTEN_APART = {name: cases for name, cases in SUITES.items() if name not in IN_REPO}
