# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""CredentialsDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from attrs import define as _define
from attrs import field as _field

from novu_api._types import UNSET, Unset
from novu_api.models.credentials_dto_tls_options import CredentialsDtoTlsOptions

from .. import _codec as _c

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
class CredentialsDto(_c.Model):
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
        tls_options (CredentialsDtoTlsOptions | Mapping[str, Any] | Unset, optional):  Sent as `tlsOptions`.
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

    Nested mappings given for model fields may use wire names or Python names (Python names are
    sent as wire names; other keys are sent as given). `novu_api.deviations(obj)` lists what a
    decoded response had that its schema does not allow.
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
    tls_options: CredentialsDtoTlsOptions | Mapping[str, Any] | Unset = UNSET
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
    # model when there are none (a decoded model does not hold on to its wire object).
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)
    # What the generator knows about the fields (names, types, required set), set at the end of
    # this module; the encoder, the input checks and the union picker read it.
    _SPEC: ClassVar[_c.ModelSpec]

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
        """The JSON object this model is sent as; values are checked as they are encoded."""
        return _c.to_wire(self)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> CredentialsDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not CredentialsDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        return _make(src, lazy)

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _make(src: Any, lazy: bool) -> CredentialsDto:
    self: CredentialsDto = _c._new(CredentialsDto)
    _decode(self, src, lazy)
    return self


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare.
    # `n` counts the declared fields present: undeclared ones are looked for only if there are some.
    n = 0
    if "apiKey" in src:
        v = src["apiKey"]
        if v.__class__ is not str:
            v = _c.off(self, ("apiKey",), v, "a string")
        self.api_key = v
        n += 1
    else:
        self.api_key = UNSET
    if "user" in src:
        v = src["user"]
        if v.__class__ is not str:
            v = _c.off(self, ("user",), v, "a string")
        self.user = v
        n += 1
    else:
        self.user = UNSET
    if "secretKey" in src:
        v = src["secretKey"]
        if v.__class__ is not str:
            v = _c.off(self, ("secretKey",), v, "a string")
        self.secret_key = v
        n += 1
    else:
        self.secret_key = UNSET
    if "domain" in src:
        v = src["domain"]
        if v.__class__ is not str:
            v = _c.off(self, ("domain",), v, "a string")
        self.domain = v
        n += 1
    else:
        self.domain = UNSET
    if "password" in src:
        v = src["password"]
        if v.__class__ is not str:
            v = _c.off(self, ("password",), v, "a string")
        self.password = v
        n += 1
    else:
        self.password = UNSET
    if "host" in src:
        v = src["host"]
        if v.__class__ is not str:
            v = _c.off(self, ("host",), v, "a string")
        self.host = v
        n += 1
    else:
        self.host = UNSET
    if "port" in src:
        v = src["port"]
        if v.__class__ is not str:
            v = _c.off(self, ("port",), v, "a string")
        self.port = v
        n += 1
    else:
        self.port = UNSET
    if "secure" in src:
        v = src["secure"]
        if v.__class__ is not bool:
            v = _c.off(self, ("secure",), v, "a boolean")
        self.secure = v
        n += 1
    else:
        self.secure = UNSET
    if "region" in src:
        v = src["region"]
        if v.__class__ is not str:
            v = _c.off(self, ("region",), v, "a string")
        self.region = v
        n += 1
    else:
        self.region = UNSET
    if "accountSid" in src:
        v = src["accountSid"]
        if v.__class__ is not str:
            v = _c.off(self, ("accountSid",), v, "a string")
        self.account_sid = v
        n += 1
    else:
        self.account_sid = UNSET
    if "messageProfileId" in src:
        v = src["messageProfileId"]
        if v.__class__ is not str:
            v = _c.off(self, ("messageProfileId",), v, "a string")
        self.message_profile_id = v
        n += 1
    else:
        self.message_profile_id = UNSET
    if "token" in src:
        v = src["token"]
        if v.__class__ is not str:
            v = _c.off(self, ("token",), v, "a string")
        self.token = v
        n += 1
    else:
        self.token = UNSET
    if "from" in src:
        v = src["from"]
        if v.__class__ is not str:
            v = _c.off(self, ("from",), v, "a string")
        self.from_ = v
        n += 1
    else:
        self.from_ = UNSET
    if "senderName" in src:
        v = src["senderName"]
        if v.__class__ is not str:
            v = _c.off(self, ("senderName",), v, "a string")
        self.sender_name = v
        n += 1
    else:
        self.sender_name = UNSET
    if "projectName" in src:
        v = src["projectName"]
        if v.__class__ is not str:
            v = _c.off(self, ("projectName",), v, "a string")
        self.project_name = v
        n += 1
    else:
        self.project_name = UNSET
    if "applicationId" in src:
        v = src["applicationId"]
        if v.__class__ is not str:
            v = _c.off(self, ("applicationId",), v, "a string")
        self.application_id = v
        n += 1
    else:
        self.application_id = UNSET
    if "clientId" in src:
        v = src["clientId"]
        if v.__class__ is not str:
            v = _c.off(self, ("clientId",), v, "a string")
        self.client_id = v
        n += 1
    else:
        self.client_id = UNSET
    if "requireTls" in src:
        v = src["requireTls"]
        if v.__class__ is not bool:
            v = _c.off(self, ("requireTls",), v, "a boolean")
        self.require_tls = v
        n += 1
    else:
        self.require_tls = UNSET
    if "ignoreTls" in src:
        v = src["ignoreTls"]
        if v.__class__ is not bool:
            v = _c.off(self, ("ignoreTls",), v, "a boolean")
        self.ignore_tls = v
        n += 1
    else:
        self.ignore_tls = UNSET
    if "tlsOptions" in src:
        v = src["tlsOptions"]
        if v.__class__ is dict:
            try:
                v = CredentialsDtoTlsOptions._make(v, lazy)
            except _c.DecodeError as exc:
                exc.path.insert(0, "tlsOptions")
                raise
        else:
            v = _c.off(self, ("tlsOptions",), v, "an object (CredentialsDtoTlsOptions)")
        self.tls_options = v
        n += 1
    else:
        self.tls_options = UNSET
    if "baseUrl" in src:
        v = src["baseUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("baseUrl",), v, "a string")
        self.base_url = v
        n += 1
    else:
        self.base_url = UNSET
    if "webhookUrl" in src:
        v = src["webhookUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("webhookUrl",), v, "a string")
        self.webhook_url = v
        n += 1
    else:
        self.webhook_url = UNSET
    if "redirectUrl" in src:
        v = src["redirectUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("redirectUrl",), v, "a string")
        self.redirect_url = v
        n += 1
    else:
        self.redirect_url = UNSET
    if "hmac" in src:
        v = src["hmac"]
        if v.__class__ is not bool:
            v = _c.off(self, ("hmac",), v, "a boolean")
        self.hmac = v
        n += 1
    else:
        self.hmac = UNSET
    if "serviceAccount" in src:
        v = src["serviceAccount"]
        if v.__class__ is not str:
            v = _c.off(self, ("serviceAccount",), v, "a string")
        self.service_account = v
        n += 1
    else:
        self.service_account = UNSET
    if "ipPoolName" in src:
        v = src["ipPoolName"]
        if v.__class__ is not str:
            v = _c.off(self, ("ipPoolName",), v, "a string")
        self.ip_pool_name = v
        n += 1
    else:
        self.ip_pool_name = UNSET
    if "apiKeyRequestHeader" in src:
        v = src["apiKeyRequestHeader"]
        if v.__class__ is not str:
            v = _c.off(self, ("apiKeyRequestHeader",), v, "a string")
        self.api_key_request_header = v
        n += 1
    else:
        self.api_key_request_header = UNSET
    if "secretKeyRequestHeader" in src:
        v = src["secretKeyRequestHeader"]
        if v.__class__ is not str:
            v = _c.off(self, ("secretKeyRequestHeader",), v, "a string")
        self.secret_key_request_header = v
        n += 1
    else:
        self.secret_key_request_header = UNSET
    if "idPath" in src:
        v = src["idPath"]
        if v.__class__ is not str:
            v = _c.off(self, ("idPath",), v, "a string")
        self.id_path = v
        n += 1
    else:
        self.id_path = UNSET
    if "datePath" in src:
        v = src["datePath"]
        if v.__class__ is not str:
            v = _c.off(self, ("datePath",), v, "a string")
        self.date_path = v
        n += 1
    else:
        self.date_path = UNSET
    if "apiToken" in src:
        v = src["apiToken"]
        if v.__class__ is not str:
            v = _c.off(self, ("apiToken",), v, "a string")
        self.api_token = v
        n += 1
    else:
        self.api_token = UNSET
    if "authenticateByToken" in src:
        v = src["authenticateByToken"]
        if v.__class__ is not bool:
            v = _c.off(self, ("authenticateByToken",), v, "a boolean")
        self.authenticate_by_token = v
        n += 1
    else:
        self.authenticate_by_token = UNSET
    if "authenticationTokenKey" in src:
        v = src["authenticationTokenKey"]
        if v.__class__ is not str:
            v = _c.off(self, ("authenticationTokenKey",), v, "a string")
        self.authentication_token_key = v
        n += 1
    else:
        self.authentication_token_key = UNSET
    if "instanceId" in src:
        v = src["instanceId"]
        if v.__class__ is not str:
            v = _c.off(self, ("instanceId",), v, "a string")
        self.instance_id = v
        n += 1
    else:
        self.instance_id = UNSET
    if "alertUid" in src:
        v = src["alertUid"]
        if v.__class__ is not str:
            v = _c.off(self, ("alertUid",), v, "a string")
        self.alert_uid = v
        n += 1
    else:
        self.alert_uid = UNSET
    if "title" in src:
        v = src["title"]
        if v.__class__ is not str:
            v = _c.off(self, ("title",), v, "a string")
        self.title = v
        n += 1
    else:
        self.title = UNSET
    if "imageUrl" in src:
        v = src["imageUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("imageUrl",), v, "a string")
        self.image_url = v
        n += 1
    else:
        self.image_url = UNSET
    if "state" in src:
        v = src["state"]
        if v.__class__ is not str:
            v = _c.off(self, ("state",), v, "a string")
        self.state = v
        n += 1
    else:
        self.state = UNSET
    if "externalLink" in src:
        v = src["externalLink"]
        if v.__class__ is not str:
            v = _c.off(self, ("externalLink",), v, "a string")
        self.external_link = v
        n += 1
    else:
        self.external_link = UNSET
    if "channelId" in src:
        v = src["channelId"]
        if v.__class__ is not str:
            v = _c.off(self, ("channelId",), v, "a string")
        self.channel_id = v
        n += 1
    else:
        self.channel_id = UNSET
    if "phoneNumberIdentification" in src:
        v = src["phoneNumberIdentification"]
        if v.__class__ is not str:
            v = _c.off(self, ("phoneNumberIdentification",), v, "a string")
        self.phone_number_identification = v
        n += 1
    else:
        self.phone_number_identification = UNSET
    if "accessKey" in src:
        v = src["accessKey"]
        if v.__class__ is not str:
            v = _c.off(self, ("accessKey",), v, "a string")
        self.access_key = v
        n += 1
    else:
        self.access_key = UNSET
    if "appSid" in src:
        v = src["appSid"]
        if v.__class__ is not str:
            v = _c.off(self, ("appSid",), v, "a string")
        self.app_sid = v
        n += 1
    else:
        self.app_sid = UNSET
    if "senderId" in src:
        v = src["senderId"]
        if v.__class__ is not str:
            v = _c.off(self, ("senderId",), v, "a string")
        self.sender_id = v
        n += 1
    else:
        self.sender_id = UNSET
    if "tenantId" in src:
        v = src["tenantId"]
        if v.__class__ is not str:
            v = _c.off(self, ("tenantId",), v, "a string")
        self.tenant_id = v
        n += 1
    else:
        self.tenant_id = UNSET
    if "AppIOBaseUrl" in src:
        v = src["AppIOBaseUrl"]
        if v.__class__ is not str:
            v = _c.off(self, ("AppIOBaseUrl",), v, "a string")
        self.app_io_base_url = v
        n += 1
    else:
        self.app_io_base_url = UNSET
    if "signingSecret" in src:
        v = src["signingSecret"]
        if v.__class__ is not str:
            v = _c.off(self, ("signingSecret",), v, "a string")
        self.signing_secret = v
        n += 1
    else:
        self.signing_secret = UNSET
    if "outboundIntegrationId" in src:
        v = src["outboundIntegrationId"]
        if v.__class__ is not str:
            v = _c.off(self, ("outboundIntegrationId",), v, "a string")
        self.outbound_integration_id = v
        n += 1
    else:
        self.outbound_integration_id = UNSET
    if "outboundConnectedAt" in src:
        v = src["outboundConnectedAt"]
        if v.__class__ is not str:
            v = _c.off(self, ("outboundConnectedAt",), v, "a string")
        self.outbound_connected_at = v
        n += 1
    else:
        self.outbound_connected_at = UNSET
    if "whatsNextCompletedAt" in src:
        v = src["whatsNextCompletedAt"]
        if v.__class__ is not str:
            v = _c.off(self, ("whatsNextCompletedAt",), v, "a string")
        self.whats_next_completed_at = v
        n += 1
    else:
        self.whats_next_completed_at = UNSET
    if "useFromAddressOverride" in src:
        v = src["useFromAddressOverride"]
        if v.__class__ is not bool:
            v = _c.off(self, ("useFromAddressOverride",), v, "a boolean")
        self.use_from_address_override = v
        n += 1
    else:
        self.use_from_address_override = UNSET
    if "fromAddressOverride" in src:
        v = src["fromAddressOverride"]
        if v.__class__ is not str:
            v = _c.off(self, ("fromAddressOverride",), v, "a string")
        self.from_address_override = v
        n += 1
    else:
        self.from_address_override = UNSET
    if "emailSlugPrefix" in src:
        v = src["emailSlugPrefix"]
        if v.__class__ is not str:
            v = _c.off(self, ("emailSlugPrefix",), v, "a string")
        self.email_slug_prefix = v
        n += 1
    else:
        self.email_slug_prefix = UNSET
    if "externalEnvironmentId" in src:
        v = src["externalEnvironmentId"]
        if v.__class__ is not str:
            v = _c.off(self, ("externalEnvironmentId",), v, "a string")
        self.external_environment_id = v
        n += 1
    else:
        self.external_environment_id = UNSET
    if "externalVaultId" in src:
        v = src["externalVaultId"]
        if v.__class__ is not str:
            v = _c.off(self, ("externalVaultId",), v, "a string")
        self.external_vault_id = v
        n += 1
    else:
        self.external_vault_id = UNSET
    if "externalWorkspaceId" in src:
        v = src["externalWorkspaceId"]
        if v.__class__ is not str:
            v = _c.off(self, ("externalWorkspaceId",), v, "a string")
        self.external_workspace_id = v
        n += 1
    else:
        self.external_workspace_id = UNSET
    self._extra = None if len(src) == n else {k: v for k, v in src.items() if k not in _KNOWN}


CredentialsDto._make = _make
CredentialsDto._decode = _decode
CredentialsDto._Pending = _c.pending(CredentialsDto)
CredentialsDto._SPEC = _c.ModelSpec(
    CredentialsDto,
    (
        ("apiKey", "api_key", False, ("str",)),
        ("user", "user", False, ("str",)),
        ("secretKey", "secret_key", False, ("str",)),
        ("domain", "domain", False, ("str",)),
        ("password", "password", False, ("str",)),
        ("host", "host", False, ("str",)),
        ("port", "port", False, ("str",)),
        ("secure", "secure", False, ("bool",)),
        ("region", "region", False, ("str",)),
        ("accountSid", "account_sid", False, ("str",)),
        ("messageProfileId", "message_profile_id", False, ("str",)),
        ("token", "token", False, ("str",)),
        ("from", "from_", False, ("str",)),
        ("senderName", "sender_name", False, ("str",)),
        ("projectName", "project_name", False, ("str",)),
        ("applicationId", "application_id", False, ("str",)),
        ("clientId", "client_id", False, ("str",)),
        ("requireTls", "require_tls", False, ("bool",)),
        ("ignoreTls", "ignore_tls", False, ("bool",)),
        ("tlsOptions", "tls_options", False, ("model", CredentialsDtoTlsOptions)),
        ("baseUrl", "base_url", False, ("str",)),
        ("webhookUrl", "webhook_url", False, ("str",)),
        ("redirectUrl", "redirect_url", False, ("str",)),
        ("hmac", "hmac", False, ("bool",)),
        ("serviceAccount", "service_account", False, ("str",)),
        ("ipPoolName", "ip_pool_name", False, ("str",)),
        ("apiKeyRequestHeader", "api_key_request_header", False, ("str",)),
        ("secretKeyRequestHeader", "secret_key_request_header", False, ("str",)),
        ("idPath", "id_path", False, ("str",)),
        ("datePath", "date_path", False, ("str",)),
        ("apiToken", "api_token", False, ("str",)),
        ("authenticateByToken", "authenticate_by_token", False, ("bool",)),
        ("authenticationTokenKey", "authentication_token_key", False, ("str",)),
        ("instanceId", "instance_id", False, ("str",)),
        ("alertUid", "alert_uid", False, ("str",)),
        ("title", "title", False, ("str",)),
        ("imageUrl", "image_url", False, ("str",)),
        ("state", "state", False, ("str",)),
        ("externalLink", "external_link", False, ("str",)),
        ("channelId", "channel_id", False, ("str",)),
        ("phoneNumberIdentification", "phone_number_identification", False, ("str",)),
        ("accessKey", "access_key", False, ("str",)),
        ("appSid", "app_sid", False, ("str",)),
        ("senderId", "sender_id", False, ("str",)),
        ("tenantId", "tenant_id", False, ("str",)),
        ("AppIOBaseUrl", "app_io_base_url", False, ("str",)),
        ("signingSecret", "signing_secret", False, ("str",)),
        ("outboundIntegrationId", "outbound_integration_id", False, ("str",)),
        ("outboundConnectedAt", "outbound_connected_at", False, ("str",)),
        ("whatsNextCompletedAt", "whats_next_completed_at", False, ("str",)),
        ("useFromAddressOverride", "use_from_address_override", False, ("bool",)),
        ("fromAddressOverride", "from_address_override", False, ("str",)),
        ("emailSlugPrefix", "email_slug_prefix", False, ("str",)),
        ("externalEnvironmentId", "external_environment_id", False, ("str",)),
        ("externalVaultId", "external_vault_id", False, ("str",)),
        ("externalWorkspaceId", "external_workspace_id", False, ("str",)),
    ),
)
