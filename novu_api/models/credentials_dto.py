# Generated from Novu API 3.15.0 by `make generate`; do not edit.
"""CredentialsDto"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _define
from attrs import field as _field

from .. import _codec as _c
from .._types import UNSET, Unset

if TYPE_CHECKING:
    from novu_api.models.credentials_dto_tls_options import CredentialsDtoTlsOptions

_KNOWN = frozenset(
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
    _src: Mapping[str, Any] | None = _field(default=None, init=False, eq=False, repr=False)
    _extra: dict[str, Any] | None = _field(default=None, alias="additional_properties", eq=False, repr=False)

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the server sent that this version of the spec does not declare."""
        if self._extra is None:
            src = self._src
            self._extra = {k: v for k, v in src.items() if k not in _KNOWN} if src else {}
        return self._extra

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._extra = value

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.additional_properties)
        v = self.api_key
        if v is not UNSET:
            out["apiKey"] = v
        v = self.user
        if v is not UNSET:
            out["user"] = v
        v = self.secret_key
        if v is not UNSET:
            out["secretKey"] = v
        v = self.domain
        if v is not UNSET:
            out["domain"] = v
        v = self.password
        if v is not UNSET:
            out["password"] = v
        v = self.host
        if v is not UNSET:
            out["host"] = v
        v = self.port
        if v is not UNSET:
            out["port"] = v
        v = self.secure
        if v is not UNSET:
            out["secure"] = v
        v = self.region
        if v is not UNSET:
            out["region"] = v
        v = self.account_sid
        if v is not UNSET:
            out["accountSid"] = v
        v = self.message_profile_id
        if v is not UNSET:
            out["messageProfileId"] = v
        v = self.token
        if v is not UNSET:
            out["token"] = v
        v = self.from_
        if v is not UNSET:
            out["from"] = v
        v = self.sender_name
        if v is not UNSET:
            out["senderName"] = v
        v = self.project_name
        if v is not UNSET:
            out["projectName"] = v
        v = self.application_id
        if v is not UNSET:
            out["applicationId"] = v
        v = self.client_id
        if v is not UNSET:
            out["clientId"] = v
        v = self.require_tls
        if v is not UNSET:
            out["requireTls"] = v
        v = self.ignore_tls
        if v is not UNSET:
            out["ignoreTls"] = v
        v = self.tls_options
        if v is not UNSET:
            out["tlsOptions"] = _c.encode(v)
        v = self.base_url
        if v is not UNSET:
            out["baseUrl"] = v
        v = self.webhook_url
        if v is not UNSET:
            out["webhookUrl"] = v
        v = self.redirect_url
        if v is not UNSET:
            out["redirectUrl"] = v
        v = self.hmac
        if v is not UNSET:
            out["hmac"] = v
        v = self.service_account
        if v is not UNSET:
            out["serviceAccount"] = v
        v = self.ip_pool_name
        if v is not UNSET:
            out["ipPoolName"] = v
        v = self.api_key_request_header
        if v is not UNSET:
            out["apiKeyRequestHeader"] = v
        v = self.secret_key_request_header
        if v is not UNSET:
            out["secretKeyRequestHeader"] = v
        v = self.id_path
        if v is not UNSET:
            out["idPath"] = v
        v = self.date_path
        if v is not UNSET:
            out["datePath"] = v
        v = self.api_token
        if v is not UNSET:
            out["apiToken"] = v
        v = self.authenticate_by_token
        if v is not UNSET:
            out["authenticateByToken"] = v
        v = self.authentication_token_key
        if v is not UNSET:
            out["authenticationTokenKey"] = v
        v = self.instance_id
        if v is not UNSET:
            out["instanceId"] = v
        v = self.alert_uid
        if v is not UNSET:
            out["alertUid"] = v
        v = self.title
        if v is not UNSET:
            out["title"] = v
        v = self.image_url
        if v is not UNSET:
            out["imageUrl"] = v
        v = self.state
        if v is not UNSET:
            out["state"] = v
        v = self.external_link
        if v is not UNSET:
            out["externalLink"] = v
        v = self.channel_id
        if v is not UNSET:
            out["channelId"] = v
        v = self.phone_number_identification
        if v is not UNSET:
            out["phoneNumberIdentification"] = v
        v = self.access_key
        if v is not UNSET:
            out["accessKey"] = v
        v = self.app_sid
        if v is not UNSET:
            out["appSid"] = v
        v = self.sender_id
        if v is not UNSET:
            out["senderId"] = v
        v = self.tenant_id
        if v is not UNSET:
            out["tenantId"] = v
        v = self.app_io_base_url
        if v is not UNSET:
            out["AppIOBaseUrl"] = v
        v = self.signing_secret
        if v is not UNSET:
            out["signingSecret"] = v
        v = self.outbound_integration_id
        if v is not UNSET:
            out["outboundIntegrationId"] = v
        return out

    @classmethod
    def from_dict(cls, src: Mapping[str, Any]) -> CredentialsDto:
        """Decode a wire object; unknown fields are kept, missing ones are UNSET."""
        from novu_api.models.credentials_dto_tls_options import CredentialsDtoTlsOptions

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
        self._src = src
        self._extra = None
        return self

    def __getitem__(self, key: str) -> Any:
        """Read an undeclared field by its wire name."""
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
