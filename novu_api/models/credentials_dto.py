# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""CredentialsDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _define
from attrs import field as _field

from novu_api.models.credentials_dto_tls_options import CredentialsDtoTlsOptions

from .. import _codec as _c
from .._types import UNSET, Unset

_KNOWN: frozenset[str] = frozenset(
    (
        "apiKey",
        "user",
        "secretKey",
        "domain",
        "password",
        "host",
        "port",
        "secure",
        "region",
        "accountSid",
        "messageProfileId",
        "token",
        "from",
        "senderName",
        "projectName",
        "applicationId",
        "clientId",
        "requireTls",
        "ignoreTls",
        "tlsOptions",
        "baseUrl",
        "webhookUrl",
        "redirectUrl",
        "hmac",
        "serviceAccount",
        "ipPoolName",
        "apiKeyRequestHeader",
        "secretKeyRequestHeader",
        "idPath",
        "datePath",
        "apiToken",
        "authenticateByToken",
        "authenticationTokenKey",
        "instanceId",
        "alertUid",
        "title",
        "imageUrl",
        "state",
        "externalLink",
        "channelId",
        "phoneNumberIdentification",
        "accessKey",
        "appSid",
        "senderId",
        "tenantId",
        "AppIOBaseUrl",
        "signingSecret",
        "outboundIntegrationId",
        "outboundConnectedAt",
        "whatsNextCompletedAt",
        "useFromAddressOverride",
        "fromAddressOverride",
        "emailSlugPrefix",
        "externalEnvironmentId",
        "externalVaultId",
        "externalWorkspaceId",
    )
)


@_define(kw_only=True)
class CredentialsDto:
    """Attributes:
    api_key (str | Unset, optional):  Sent as `apiKey`.
    user (str | Unset, optional):
    secret_key (str | Unset, optional):  Sent as `secretKey`.
    domain (str | Unset, optional):
    password (str | Unset, optional):
    host (str | Unset, optional):
    port (str | Unset, optional):
    secure (bool | Unset, optional):
    region (str | Unset, optional):
    account_sid (str | Unset, optional):  Sent as `accountSid`.
    message_profile_id (str | Unset, optional):  Sent as `messageProfileId`.
    token (str | Unset, optional):
    from_ (str | Unset, optional):  Sent as `from`.
    sender_name (str | Unset, optional):  Sent as `senderName`.
    project_name (str | Unset, optional):  Sent as `projectName`.
    application_id (str | Unset, optional):  Sent as `applicationId`.
    client_id (str | Unset, optional):  Sent as `clientId`.
    require_tls (bool | Unset, optional):  Sent as `requireTls`.
    ignore_tls (bool | Unset, optional):  Sent as `ignoreTls`.
    tls_options (CredentialsDtoTlsOptions | Unset, optional):  Sent as `tlsOptions`.
    base_url (str | Unset, optional):  Sent as `baseUrl`.
    webhook_url (str | Unset, optional):  Sent as `webhookUrl`.
    redirect_url (str | Unset, optional):  Sent as `redirectUrl`.
    hmac (bool | Unset, optional):
    service_account (str | Unset, optional):  Sent as `serviceAccount`.
    ip_pool_name (str | Unset, optional):  Sent as `ipPoolName`.
    api_key_request_header (str | Unset, optional):  Sent as `apiKeyRequestHeader`.
    secret_key_request_header (str | Unset, optional):  Sent as `secretKeyRequestHeader`.
    id_path (str | Unset, optional):  Sent as `idPath`.
    date_path (str | Unset, optional):  Sent as `datePath`.
    api_token (str | Unset, optional):  Sent as `apiToken`.
    authenticate_by_token (bool | Unset, optional):  Sent as `authenticateByToken`.
    authentication_token_key (str | Unset, optional):  Sent as `authenticationTokenKey`.
    instance_id (str | Unset, optional):  Sent as `instanceId`.
    alert_uid (str | Unset, optional):  Sent as `alertUid`.
    title (str | Unset, optional):
    image_url (str | Unset, optional):  Sent as `imageUrl`.
    state (str | Unset, optional):
    external_link (str | Unset, optional):  Sent as `externalLink`.
    channel_id (str | Unset, optional):  Sent as `channelId`.
    phone_number_identification (str | Unset, optional):  Sent as `phoneNumberIdentification`.
    access_key (str | Unset, optional):  Sent as `accessKey`.
    app_sid (str | Unset, optional):  Sent as `appSid`.
    sender_id (str | Unset, optional):  Sent as `senderId`.
    tenant_id (str | Unset, optional):  Sent as `tenantId`.
    app_io_base_url (str | Unset, optional):  Sent as `AppIOBaseUrl`.
    signing_secret (str | Unset, optional):  Sent as `signingSecret`.
    outbound_integration_id (str | Unset, optional):  Sent as `outboundIntegrationId`.
    outbound_connected_at (str | Unset, optional):  Sent as `outboundConnectedAt`.
    whats_next_completed_at (str | Unset, optional): ISO timestamp marking Layer-2 What's next completion (Connected badge + guide hide).
        WhatsApp Business: stamped on post-connect Access Token rotation or manual confirm. Sent as `whatsNextCompletedAt`.
    use_from_address_override (bool | Unset, optional):  Sent as `useFromAddressOverride`.
    from_address_override (str | Unset, optional):  Sent as `fromAddressOverride`.
    email_slug_prefix (str | Unset, optional): Agent default shared inbox slug prefix used in `{emailSlugPrefix}-{agentId}@<shared-
        domain>`. Only meaningful on the NovuAgent email integration. Sent as `emailSlugPrefix`.
    external_environment_id (str | Unset, optional): Claude Managed Agents: ID of the Anthropic environment tied to this integration. Hydrated
        by the API at integration provisioning time. Sent as `externalEnvironmentId`.
    external_vault_id (str | Unset, optional): Claude Managed Agents: ID of the Anthropic vault (`vlt_…`) tied to this integration.
        Hydrated by the API at integration provisioning time and used to push OAuth-completed MCP
        credentials to the per-vault credentials API. Sent as `externalVaultId`.
    external_workspace_id (str | Unset, optional): Claude Managed Agents: id of the Anthropic workspace used in console deep links. Defaults
        to `'default'` (the Default Workspace). Set this when the API key is scoped to a custom
        workspace (e.g. `wrkspc_…`). Sent as `externalWorkspaceId`.
    additional_properties (dict[str, Any]): fields not in the spec, kept as sent.
    """

    api_key: str | Unset = UNSET
    user: str | Unset = UNSET
    secret_key: str | Unset = UNSET
    domain: str | Unset = UNSET
    password: str | Unset = UNSET
    host: str | Unset = UNSET
    port: str | Unset = UNSET
    secure: bool | Unset = UNSET
    region: str | Unset = UNSET
    account_sid: str | Unset = UNSET
    message_profile_id: str | Unset = UNSET
    token: str | Unset = UNSET
    from_: str | Unset = UNSET
    sender_name: str | Unset = UNSET
    project_name: str | Unset = UNSET
    application_id: str | Unset = UNSET
    client_id: str | Unset = UNSET
    require_tls: bool | Unset = UNSET
    ignore_tls: bool | Unset = UNSET
    tls_options: CredentialsDtoTlsOptions | Unset = UNSET
    base_url: str | Unset = UNSET
    webhook_url: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    hmac: bool | Unset = UNSET
    service_account: str | Unset = UNSET
    ip_pool_name: str | Unset = UNSET
    api_key_request_header: str | Unset = UNSET
    secret_key_request_header: str | Unset = UNSET
    id_path: str | Unset = UNSET
    date_path: str | Unset = UNSET
    api_token: str | Unset = UNSET
    authenticate_by_token: bool | Unset = UNSET
    authentication_token_key: str | Unset = UNSET
    instance_id: str | Unset = UNSET
    alert_uid: str | Unset = UNSET
    title: str | Unset = UNSET
    image_url: str | Unset = UNSET
    state: str | Unset = UNSET
    external_link: str | Unset = UNSET
    channel_id: str | Unset = UNSET
    phone_number_identification: str | Unset = UNSET
    access_key: str | Unset = UNSET
    app_sid: str | Unset = UNSET
    sender_id: str | Unset = UNSET
    tenant_id: str | Unset = UNSET
    app_io_base_url: str | Unset = UNSET
    signing_secret: str | Unset = UNSET
    outbound_integration_id: str | Unset = UNSET
    outbound_connected_at: str | Unset = UNSET
    whats_next_completed_at: str | Unset = UNSET
    use_from_address_override: bool | Unset = UNSET
    from_address_override: str | Unset = UNSET
    email_slug_prefix: str | Unset = UNSET
    external_environment_id: str | Unset = UNSET
    external_vault_id: str | Unset = UNSET
    external_workspace_id: str | Unset = UNSET
    # None until asked for or until the server sends undeclared fields: nothing is kept per
    # model when there are none (the decoded model does not hold on to its source dict).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the server sent that this version of the spec does not declare."""
        if self._extra is None:
            self._extra = {}
        return self._extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._extra = value

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        if self.api_key is not UNSET:
            out["apiKey"] = self.api_key
        if self.user is not UNSET:
            out["user"] = self.user
        if self.secret_key is not UNSET:
            out["secretKey"] = self.secret_key
        if self.domain is not UNSET:
            out["domain"] = self.domain
        if self.password is not UNSET:
            out["password"] = self.password
        if self.host is not UNSET:
            out["host"] = self.host
        if self.port is not UNSET:
            out["port"] = self.port
        if self.secure is not UNSET:
            out["secure"] = self.secure
        if self.region is not UNSET:
            out["region"] = self.region
        if self.account_sid is not UNSET:
            out["accountSid"] = self.account_sid
        if self.message_profile_id is not UNSET:
            out["messageProfileId"] = self.message_profile_id
        if self.token is not UNSET:
            out["token"] = self.token
        if self.from_ is not UNSET:
            out["from"] = self.from_
        if self.sender_name is not UNSET:
            out["senderName"] = self.sender_name
        if self.project_name is not UNSET:
            out["projectName"] = self.project_name
        if self.application_id is not UNSET:
            out["applicationId"] = self.application_id
        if self.client_id is not UNSET:
            out["clientId"] = self.client_id
        if self.require_tls is not UNSET:
            out["requireTls"] = self.require_tls
        if self.ignore_tls is not UNSET:
            out["ignoreTls"] = self.ignore_tls
        if self.tls_options is not UNSET:
            out["tlsOptions"] = _c.encode(self.tls_options)
        if self.base_url is not UNSET:
            out["baseUrl"] = self.base_url
        if self.webhook_url is not UNSET:
            out["webhookUrl"] = self.webhook_url
        if self.redirect_url is not UNSET:
            out["redirectUrl"] = self.redirect_url
        if self.hmac is not UNSET:
            out["hmac"] = self.hmac
        if self.service_account is not UNSET:
            out["serviceAccount"] = self.service_account
        if self.ip_pool_name is not UNSET:
            out["ipPoolName"] = self.ip_pool_name
        if self.api_key_request_header is not UNSET:
            out["apiKeyRequestHeader"] = self.api_key_request_header
        if self.secret_key_request_header is not UNSET:
            out["secretKeyRequestHeader"] = self.secret_key_request_header
        if self.id_path is not UNSET:
            out["idPath"] = self.id_path
        if self.date_path is not UNSET:
            out["datePath"] = self.date_path
        if self.api_token is not UNSET:
            out["apiToken"] = self.api_token
        if self.authenticate_by_token is not UNSET:
            out["authenticateByToken"] = self.authenticate_by_token
        if self.authentication_token_key is not UNSET:
            out["authenticationTokenKey"] = self.authentication_token_key
        if self.instance_id is not UNSET:
            out["instanceId"] = self.instance_id
        if self.alert_uid is not UNSET:
            out["alertUid"] = self.alert_uid
        if self.title is not UNSET:
            out["title"] = self.title
        if self.image_url is not UNSET:
            out["imageUrl"] = self.image_url
        if self.state is not UNSET:
            out["state"] = self.state
        if self.external_link is not UNSET:
            out["externalLink"] = self.external_link
        if self.channel_id is not UNSET:
            out["channelId"] = self.channel_id
        if self.phone_number_identification is not UNSET:
            out["phoneNumberIdentification"] = self.phone_number_identification
        if self.access_key is not UNSET:
            out["accessKey"] = self.access_key
        if self.app_sid is not UNSET:
            out["appSid"] = self.app_sid
        if self.sender_id is not UNSET:
            out["senderId"] = self.sender_id
        if self.tenant_id is not UNSET:
            out["tenantId"] = self.tenant_id
        if self.app_io_base_url is not UNSET:
            out["AppIOBaseUrl"] = self.app_io_base_url
        if self.signing_secret is not UNSET:
            out["signingSecret"] = self.signing_secret
        if self.outbound_integration_id is not UNSET:
            out["outboundIntegrationId"] = self.outbound_integration_id
        if self.outbound_connected_at is not UNSET:
            out["outboundConnectedAt"] = self.outbound_connected_at
        if self.whats_next_completed_at is not UNSET:
            out["whatsNextCompletedAt"] = self.whats_next_completed_at
        if self.use_from_address_override is not UNSET:
            out["useFromAddressOverride"] = self.use_from_address_override
        if self.from_address_override is not UNSET:
            out["fromAddressOverride"] = self.from_address_override
        if self.email_slug_prefix is not UNSET:
            out["emailSlugPrefix"] = self.email_slug_prefix
        if self.external_environment_id is not UNSET:
            out["externalEnvironmentId"] = self.external_environment_id
        if self.external_vault_id is not UNSET:
            out["externalVaultId"] = self.external_vault_id
        if self.external_workspace_id is not UNSET:
            out["externalWorkspaceId"] = self.external_workspace_id
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CredentialsDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        self = object.__new__(cls)
        g = src.get
        self.api_key = g("apiKey", UNSET)
        self.user = g("user", UNSET)
        self.secret_key = g("secretKey", UNSET)
        self.domain = g("domain", UNSET)
        self.password = g("password", UNSET)
        self.host = g("host", UNSET)
        self.port = g("port", UNSET)
        self.secure = g("secure", UNSET)
        self.region = g("region", UNSET)
        self.account_sid = g("accountSid", UNSET)
        self.message_profile_id = g("messageProfileId", UNSET)
        self.token = g("token", UNSET)
        self.from_ = g("from", UNSET)
        self.sender_name = g("senderName", UNSET)
        self.project_name = g("projectName", UNSET)
        self.application_id = g("applicationId", UNSET)
        self.client_id = g("clientId", UNSET)
        self.require_tls = g("requireTls", UNSET)
        self.ignore_tls = g("ignoreTls", UNSET)
        self.tls_options = _c.model(CredentialsDtoTlsOptions, g("tlsOptions", UNSET), "tlsOptions")
        self.base_url = g("baseUrl", UNSET)
        self.webhook_url = g("webhookUrl", UNSET)
        self.redirect_url = g("redirectUrl", UNSET)
        self.hmac = g("hmac", UNSET)
        self.service_account = g("serviceAccount", UNSET)
        self.ip_pool_name = g("ipPoolName", UNSET)
        self.api_key_request_header = g("apiKeyRequestHeader", UNSET)
        self.secret_key_request_header = g("secretKeyRequestHeader", UNSET)
        self.id_path = g("idPath", UNSET)
        self.date_path = g("datePath", UNSET)
        self.api_token = g("apiToken", UNSET)
        self.authenticate_by_token = g("authenticateByToken", UNSET)
        self.authentication_token_key = g("authenticationTokenKey", UNSET)
        self.instance_id = g("instanceId", UNSET)
        self.alert_uid = g("alertUid", UNSET)
        self.title = g("title", UNSET)
        self.image_url = g("imageUrl", UNSET)
        self.state = g("state", UNSET)
        self.external_link = g("externalLink", UNSET)
        self.channel_id = g("channelId", UNSET)
        self.phone_number_identification = g("phoneNumberIdentification", UNSET)
        self.access_key = g("accessKey", UNSET)
        self.app_sid = g("appSid", UNSET)
        self.sender_id = g("senderId", UNSET)
        self.tenant_id = g("tenantId", UNSET)
        self.app_io_base_url = g("AppIOBaseUrl", UNSET)
        self.signing_secret = g("signingSecret", UNSET)
        self.outbound_integration_id = g("outboundIntegrationId", UNSET)
        self.outbound_connected_at = g("outboundConnectedAt", UNSET)
        self.whats_next_completed_at = g("whatsNextCompletedAt", UNSET)
        self.use_from_address_override = g("useFromAddressOverride", UNSET)
        self.from_address_override = g("fromAddressOverride", UNSET)
        self.email_slug_prefix = g("emailSlugPrefix", UNSET)
        self.external_environment_id = g("externalEnvironmentId", UNSET)
        self.external_vault_id = g("externalVaultId", UNSET)
        self.external_workspace_id = g("externalWorkspaceId", UNSET)
        self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
