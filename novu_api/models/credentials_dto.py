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

    def _fill(self) -> None:
        # Decode the wire object `from_dict` kept (see `_c.Model`), in place.
        src = self._src
        if src is None:
            return
        if self.__class__ is not CredentialsDto:
            return _c.fill_subclass(self, src, _decode)
        _c._put(self, "__class__", _Filling)  # plain slot writes while decoding
        try:
            _decode(self, src, False)
        finally:
            _c._put(self, "__class__", CredentialsDto)

    @classmethod
    def _eager(cls, src: Any, lazy: bool = False) -> CredentialsDto:
        # Decode a wire object now; with `lazy`, the items of its arrays of objects (and of
        # the objects inside it) are kept as wire objects until first read.
        if cls is not CredentialsDto:
            return _c.eager_subclass(cls, src, lazy, _decode)
        self: CredentialsDto = object.__new__(_Filling)
        _decode(self, src, lazy)
        _c._put(self, "__class__", CredentialsDto)
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The same object while `_decode` writes its fields (plain slot writes); the class is put back after.
_Filling = _c.filling(CredentialsDto)


def _decode(self: Any, src: Any, lazy: bool) -> None:
    # Check every value of the wire object, record what does not fit (`novu_api.deviations`),
    # keep what the spec does not declare; `self` is a `_Filling`.
    g = src.get
    v = g("apiKey", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("apiKey",), v, "a string")
    self.api_key = v
    v = g("user", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("user",), v, "a string")
    self.user = v
    v = g("secretKey", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("secretKey",), v, "a string")
    self.secret_key = v
    v = g("domain", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("domain",), v, "a string")
    self.domain = v
    v = g("password", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("password",), v, "a string")
    self.password = v
    v = g("host", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("host",), v, "a string")
    self.host = v
    v = g("port", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("port",), v, "a string")
    self.port = v
    v = g("secure", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = _c.off(self, ("secure",), v, "a boolean")
    self.secure = v
    v = g("region", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("region",), v, "a string")
    self.region = v
    v = g("accountSid", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("accountSid",), v, "a string")
    self.account_sid = v
    v = g("messageProfileId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("messageProfileId",), v, "a string")
    self.message_profile_id = v
    v = g("token", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("token",), v, "a string")
    self.token = v
    v = g("from", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("from",), v, "a string")
    self.from_ = v
    v = g("senderName", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("senderName",), v, "a string")
    self.sender_name = v
    v = g("projectName", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("projectName",), v, "a string")
    self.project_name = v
    v = g("applicationId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("applicationId",), v, "a string")
    self.application_id = v
    v = g("clientId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("clientId",), v, "a string")
    self.client_id = v
    v = g("requireTls", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = _c.off(self, ("requireTls",), v, "a boolean")
    self.require_tls = v
    v = g("ignoreTls", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = _c.off(self, ("ignoreTls",), v, "a boolean")
    self.ignore_tls = v
    v = g("tlsOptions", UNSET)
    if v is not UNSET:
        v = _c.model_in(self, "tlsOptions", v, CredentialsDtoTlsOptions, lazy)
    self.tls_options = v
    v = g("baseUrl", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("baseUrl",), v, "a string")
    self.base_url = v
    v = g("webhookUrl", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("webhookUrl",), v, "a string")
    self.webhook_url = v
    v = g("redirectUrl", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("redirectUrl",), v, "a string")
    self.redirect_url = v
    v = g("hmac", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = _c.off(self, ("hmac",), v, "a boolean")
    self.hmac = v
    v = g("serviceAccount", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("serviceAccount",), v, "a string")
    self.service_account = v
    v = g("ipPoolName", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("ipPoolName",), v, "a string")
    self.ip_pool_name = v
    v = g("apiKeyRequestHeader", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("apiKeyRequestHeader",), v, "a string")
    self.api_key_request_header = v
    v = g("secretKeyRequestHeader", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("secretKeyRequestHeader",), v, "a string")
    self.secret_key_request_header = v
    v = g("idPath", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("idPath",), v, "a string")
    self.id_path = v
    v = g("datePath", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("datePath",), v, "a string")
    self.date_path = v
    v = g("apiToken", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("apiToken",), v, "a string")
    self.api_token = v
    v = g("authenticateByToken", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = _c.off(self, ("authenticateByToken",), v, "a boolean")
    self.authenticate_by_token = v
    v = g("authenticationTokenKey", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("authenticationTokenKey",), v, "a string")
    self.authentication_token_key = v
    v = g("instanceId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("instanceId",), v, "a string")
    self.instance_id = v
    v = g("alertUid", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("alertUid",), v, "a string")
    self.alert_uid = v
    v = g("title", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("title",), v, "a string")
    self.title = v
    v = g("imageUrl", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("imageUrl",), v, "a string")
    self.image_url = v
    v = g("state", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("state",), v, "a string")
    self.state = v
    v = g("externalLink", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("externalLink",), v, "a string")
    self.external_link = v
    v = g("channelId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("channelId",), v, "a string")
    self.channel_id = v
    v = g("phoneNumberIdentification", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("phoneNumberIdentification",), v, "a string")
    self.phone_number_identification = v
    v = g("accessKey", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("accessKey",), v, "a string")
    self.access_key = v
    v = g("appSid", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("appSid",), v, "a string")
    self.app_sid = v
    v = g("senderId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("senderId",), v, "a string")
    self.sender_id = v
    v = g("tenantId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("tenantId",), v, "a string")
    self.tenant_id = v
    v = g("AppIOBaseUrl", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("AppIOBaseUrl",), v, "a string")
    self.app_io_base_url = v
    v = g("signingSecret", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("signingSecret",), v, "a string")
    self.signing_secret = v
    v = g("outboundIntegrationId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("outboundIntegrationId",), v, "a string")
    self.outbound_integration_id = v
    v = g("outboundConnectedAt", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("outboundConnectedAt",), v, "a string")
    self.outbound_connected_at = v
    v = g("whatsNextCompletedAt", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("whatsNextCompletedAt",), v, "a string")
    self.whats_next_completed_at = v
    v = g("useFromAddressOverride", UNSET)
    if v.__class__ is not bool and v is not UNSET:
        v = _c.off(self, ("useFromAddressOverride",), v, "a boolean")
    self.use_from_address_override = v
    v = g("fromAddressOverride", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("fromAddressOverride",), v, "a string")
    self.from_address_override = v
    v = g("emailSlugPrefix", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("emailSlugPrefix",), v, "a string")
    self.email_slug_prefix = v
    v = g("externalEnvironmentId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("externalEnvironmentId",), v, "a string")
    self.external_environment_id = v
    v = g("externalVaultId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("externalVaultId",), v, "a string")
    self.external_vault_id = v
    v = g("externalWorkspaceId", UNSET)
    if v.__class__ is not str and v is not UNSET:
        v = _c.off(self, ("externalWorkspaceId",), v, "a string")
    self.external_workspace_id = v
    self._extra = None if _KNOWN.issuperset(src) else {k: v for k, v in src.items() if k not in _KNOWN}
    self._src = None


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
