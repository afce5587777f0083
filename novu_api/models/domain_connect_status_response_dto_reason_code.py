# Generated from Novu API 3.18.1 by `make generate`; do not edit.
from enum import Enum


class DomainConnectStatusResponseDtoReasonCode(str, Enum):
    """Values Novu documents; fields typed with it also accept unknown strings from newer servers."""

    DISABLED = "disabled"
    DISCOVERY_NOT_CONFIGURED = "discovery_not_configured"
    UNSUPPORTED_PROVIDER = "unsupported_provider"
    INCOMPLETE_CONFIGURATION = "incomplete_configuration"
    PROVIDER_SETTINGS_UNAVAILABLE = "provider_settings_unavailable"
    UNTRUSTED_PROVIDER_FLOW = "untrusted_provider_flow"
    TEMPLATE_NOT_ONBOARDED = "template_not_onboarded"

    def __str__(self) -> str:
        return str(self.value)
