# Generated from Novu API 3.18.1 by `make generate`; do not edit.
"""Every model of the Novu API, loaded on first use (PEP 562): importing this package is cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_MODULES: dict[str, str] = {
    "ActionDto": "action_dto",
    "ActivitiesResponseDto": "activities_response_dto",
    "ActivityNotificationExecutionDetailResponseDto": "activity_notification_execution_detail_response_dto",
    "ActivityNotificationJobResponseDto": "activity_notification_job_response_dto",
    "ActivityNotificationJobResponseDtoOverrides": "activity_notification_job_response_dto_overrides",
    "ActivityNotificationJobResponseDtoPayload": "activity_notification_job_response_dto_payload",
    "ActivityNotificationJobResponseDtoType": "activity_notification_job_response_dto_type",
    "ActivityNotificationResponseDto": "activity_notification_response_dto",
    "ActivityNotificationResponseDtoControls": "activity_notification_response_dto_controls",
    "ActivityNotificationResponseDtoPayload": "activity_notification_response_dto_payload",
    "ActivityNotificationResponseDtoTo": "activity_notification_response_dto_to",
    "ActivityNotificationStepResponseDto": "activity_notification_step_response_dto",
    "ActivityNotificationStepResponseDtoControlVariables": "activity_notification_step_response_dto_control_variables",
    "ActivityNotificationStepResponseDtoIssues": "activity_notification_step_response_dto_issues",
    "ActivityNotificationStepResponseDtoMetadata": "activity_notification_step_response_dto_metadata",
    "ActivityNotificationStepResponseDtoReplyCallback": "activity_notification_step_response_dto_reply_callback",
    "ActivityNotificationSubscriberResponseDto": "activity_notification_subscriber_response_dto",
    "ActivityNotificationTemplateResponseDto": "activity_notification_template_response_dto",
    "ActivityTopicDto": "activity_topic_dto",
    "ActorFeedItemDto": "actor_feed_item_dto",
    "ActorTypeEnum": "actor_type_enum",
    "AddAgentIntegrationRequestDto": "add_agent_integration_request_dto",
    "AddReactionPayloadDto": "add_reaction_payload_dto",
    "AgentBehaviorDto": "agent_behavior_dto",
    "AgentBehaviorDtoSubscriberAccess": "agent_behavior_dto_subscriber_access",
    "AgentIntegrationResponseDto": "agent_integration_response_dto",
    "AgentIntegrationResponseDtoConnectedAt": "agent_integration_response_dto_connected_at",
    "AgentIntegrationResponseIntegrationDto": "agent_integration_response_integration_dto",
    "AgentIntegrationSummaryDto": "agent_integration_summary_dto",
    "AgentIntegrationsControllerListAgentIntegrationsOrderDirection": "agent_integrations_controller_list_agent_integrations_order_direction",
    "AgentMcpServerDto": "agent_mcp_server_dto",
    "AgentPlanUsageDto": "agent_plan_usage_dto",
    "AgentPlanUsageDtoLimitSource": "agent_plan_usage_dto_limit_source",
    "AgentReplyPayloadDto": "agent_reply_payload_dto",
    "AgentReplyPayloadDtoTyping": "agent_reply_payload_dto_typing",
    "AgentResponseDto": "agent_response_dto",
    "AgentResponseDtoRuntime": "agent_response_dto_runtime",
    "AgentResponseDtoVisibility": "agent_response_dto_visibility",
    "AgentSkillInputDto": "agent_skill_input_dto",
    "AgentSkillInputDtoType": "agent_skill_input_dto_type",
    "AgentSkillInputDtoVersion": "agent_skill_input_dto_version",
    "AgentToolDto": "agent_tool_dto",
    "AgentToolDtoType": "agent_tool_dto_type",
    "AgentsControllerListAgentsOrderDirection": "agents_controller_list_agents_order_direction",
    "ApiKeyDto": "api_key_dto",
    "AuthDto": "auth_dto",
    "AutoConfigureIntegrationResponseDto": "auto_configure_integration_response_dto",
    "AutoConfigureIntegrationResponseDtoIntegration": "auto_configure_integration_response_dto_integration",
    "BridgeConfigurationDto": "bridge_configuration_dto",
    "BuilderFieldTypeEnum": "builder_field_type_enum",
    "BulkCreateSubscriberResponseDto": "bulk_create_subscriber_response_dto",
    "BulkSubscriberCreateDto": "bulk_subscriber_create_dto",
    "BulkTriggerEventDto": "bulk_trigger_event_dto",
    "BulkUpdateSubscriberPreferenceItemDto": "bulk_update_subscriber_preference_item_dto",
    "BulkUpdateSubscriberPreferencesDto": "bulk_update_subscriber_preferences_dto",
    "BulkUpdateSubscriberPreferencesDtoContext": "bulk_update_subscriber_preferences_dto_context",
    "ButtonTypeEnum": "button_type_enum",
    "CardReplyContentDto": "card_reply_content_dto",
    "CardReplyContentDtoCard": "card_reply_content_dto_card",
    "ChannelCTATypeEnum": "channel_cta_type_enum",
    "ChannelConnectionsControllerListChannelConnectionsChannel": "channel_connections_controller_list_channel_connections_channel",
    "ChannelConnectionsControllerListChannelConnectionsOrderDirection": "channel_connections_controller_list_channel_connections_order_direction",
    "ChannelCredentials": "channel_credentials",
    "ChannelCredentialsDto": "channel_credentials_dto",
    "ChannelEndpointsControllerListChannelEndpointsChannel": "channel_endpoints_controller_list_channel_endpoints_channel",
    "ChannelEndpointsControllerListChannelEndpointsOrderDirection": "channel_endpoints_controller_list_channel_endpoints_order_direction",
    "ChannelOverrides": "channel_overrides",
    "ChannelPreferenceDto": "channel_preference_dto",
    "ChannelSettingsDto": "channel_settings_dto",
    "ChannelTypeEnum": "channel_type_enum",
    "ChatControlDto": "chat_control_dto",
    "ChatControlDtoSkip": "chat_control_dto_skip",
    "ChatControlsMetadataResponseDto": "chat_controls_metadata_response_dto",
    "ChatControlsMetadataResponseDtoDataSchema": "chat_controls_metadata_response_dto_data_schema",
    "ChatOrPushProviderEnum": "chat_or_push_provider_enum",
    "ChatRenderOutput": "chat_render_output",
    "ChatStepResponseDto": "chat_step_response_dto",
    "ChatStepResponseDtoVariables": "chat_step_response_dto_variables",
    "ChatStepUpsertDto": "chat_step_upsert_dto",
    "ChatStepUpsertDtoControlValues": "chat_step_upsert_dto_control_values",
    "ConfigurationsDto": "configurations_dto",
    "ConfigureTelegramWebhookResponseDto": "configure_telegram_webhook_response_dto",
    "ConstraintValidation": "constraint_validation",
    "ConstraintValidationValue": "constraint_validation_value",
    "ConstraintValidationValueItem": "constraint_validation_value_item",
    "ContentIssueEnum": "content_issue_enum",
    "ContextAdditionalProperty": "context_additional_property",
    "ContextAdditionalPropertyData": "context_additional_property_data",
    "ContextsControllerListContextsOrderDirection": "contexts_controller_list_contexts_order_direction",
    "ControlsMetadataDto": "controls_metadata_dto",
    "ControlsMetadataDtoDataSchema": "controls_metadata_dto_data_schema",
    "CreateAgentRequestDto": "create_agent_request_dto",
    "CreateAgentRequestDtoRuntime": "create_agent_request_dto_runtime",
    "CreateChannelConnectionRequestDto": "create_channel_connection_request_dto",
    "CreateChannelConnectionRequestDtoConnectionMode": "create_channel_connection_request_dto_connection_mode",
    "CreateChannelConnectionRequestDtoContext": "create_channel_connection_request_dto_context",
    "CreateContextRequestDto": "create_context_request_dto",
    "CreateContextRequestDtoData": "create_context_request_dto_data",
    "CreateDomainConnectApplyUrlDto": "create_domain_connect_apply_url_dto",
    "CreateDomainDto": "create_domain_dto",
    "CreateDomainDtoData": "create_domain_dto_data",
    "CreateEnvironmentRequestDto": "create_environment_request_dto",
    "CreateEnvironmentVariableRequestDto": "create_environment_variable_request_dto",
    "CreateEnvironmentVariableRequestDtoType": "create_environment_variable_request_dto_type",
    "CreateIntegrationRequestDto": "create_integration_request_dto",
    "CreateIntegrationRequestDtoChannel": "create_integration_request_dto_channel",
    "CreateIntegrationRequestDtoConfigurations": "create_integration_request_dto_configurations",
    "CreateIntegrationRequestDtoKind": "create_integration_request_dto_kind",
    "CreateLayoutDto": "create_layout_dto",
    "CreateLineUserEndpointDto": "create_line_user_endpoint_dto",
    "CreateLineUserEndpointDtoContext": "create_line_user_endpoint_dto_context",
    "CreateLineUserEndpointDtoType": "create_line_user_endpoint_dto_type",
    "CreateMsTeamsChannelEndpointDto": "create_ms_teams_channel_endpoint_dto",
    "CreateMsTeamsChannelEndpointDtoContext": "create_ms_teams_channel_endpoint_dto_context",
    "CreateMsTeamsChannelEndpointDtoType": "create_ms_teams_channel_endpoint_dto_type",
    "CreateMsTeamsUserEndpointDto": "create_ms_teams_user_endpoint_dto",
    "CreateMsTeamsUserEndpointDtoContext": "create_ms_teams_user_endpoint_dto_context",
    "CreateMsTeamsUserEndpointDtoType": "create_ms_teams_user_endpoint_dto_type",
    "CreatePhoneEndpointDto": "create_phone_endpoint_dto",
    "CreatePhoneEndpointDtoContext": "create_phone_endpoint_dto_context",
    "CreatePhoneEndpointDtoType": "create_phone_endpoint_dto_type",
    "CreateSlackChannelEndpointDto": "create_slack_channel_endpoint_dto",
    "CreateSlackChannelEndpointDtoContext": "create_slack_channel_endpoint_dto_context",
    "CreateSlackChannelEndpointDtoType": "create_slack_channel_endpoint_dto_type",
    "CreateSlackUserEndpointDto": "create_slack_user_endpoint_dto",
    "CreateSlackUserEndpointDtoContext": "create_slack_user_endpoint_dto_context",
    "CreateSlackUserEndpointDtoType": "create_slack_user_endpoint_dto_type",
    "CreateSubscriberRequestDto": "create_subscriber_request_dto",
    "CreateSubscriberRequestDtoData": "create_subscriber_request_dto_data",
    "CreateSubscriptionsResponseDto": "create_subscriptions_response_dto",
    "CreateTelegramChatEndpointDto": "create_telegram_chat_endpoint_dto",
    "CreateTelegramChatEndpointDtoContext": "create_telegram_chat_endpoint_dto_context",
    "CreateTelegramChatEndpointDtoType": "create_telegram_chat_endpoint_dto_type",
    "CreateTopicSubscriptionsRequestDto": "create_topic_subscriptions_request_dto",
    "CreateTopicSubscriptionsRequestDtoContext": "create_topic_subscriptions_request_dto_context",
    "CreateTranslationRequestDto": "create_translation_request_dto",
    "CreateTranslationRequestDtoContent": "create_translation_request_dto_content",
    "CreateTranslationRequestDtoResourceType": "create_translation_request_dto_resource_type",
    "CreateUpdateTopicRequestDto": "create_update_topic_request_dto",
    "CreateWebexPersonEndpointDto": "create_webex_person_endpoint_dto",
    "CreateWebexPersonEndpointDtoContext": "create_webex_person_endpoint_dto_context",
    "CreateWebexPersonEndpointDtoType": "create_webex_person_endpoint_dto_type",
    "CreateWebexRoomEndpointDto": "create_webex_room_endpoint_dto",
    "CreateWebexRoomEndpointDtoContext": "create_webex_room_endpoint_dto_context",
    "CreateWebexRoomEndpointDtoType": "create_webex_room_endpoint_dto_type",
    "CreateWebhookEndpointDto": "create_webhook_endpoint_dto",
    "CreateWebhookEndpointDtoContext": "create_webhook_endpoint_dto_context",
    "CreateWebhookEndpointDtoType": "create_webhook_endpoint_dto_type",
    "CreateWorkflowDto": "create_workflow_dto",
    "CreateWorkflowDtoPayloadSchema": "create_workflow_dto_payload_schema",
    "CreatedSubscriberDto": "created_subscriber_dto",
    "CredentialsDto": "credentials_dto",
    "CredentialsDtoTlsOptions": "credentials_dto_tls_options",
    "CustomControlDto": "custom_control_dto",
    "CustomControlDtoCustom": "custom_control_dto_custom",
    "CustomControlsMetadataResponseDto": "custom_controls_metadata_response_dto",
    "CustomControlsMetadataResponseDtoDataSchema": "custom_controls_metadata_response_dto_data_schema",
    "CustomStepResponseDto": "custom_step_response_dto",
    "CustomStepResponseDtoVariables": "custom_step_response_dto_variables",
    "CustomStepUpsertDto": "custom_step_upsert_dto",
    "CustomStepUpsertDtoControlValues": "custom_step_upsert_dto_control_values",
    "DataWrapperDto": "data_wrapper_dto",
    "DataWrapperDtoData": "data_wrapper_dto_data",
    "DayScheduleDto": "day_schedule_dto",
    "DelayControlDto": "delay_control_dto",
    "DelayControlDtoSkip": "delay_control_dto_skip",
    "DelayControlDtoType": "delay_control_dto_type",
    "DelayControlDtoUnit": "delay_control_dto_unit",
    "DelayControlsMetadataResponseDto": "delay_controls_metadata_response_dto",
    "DelayControlsMetadataResponseDtoDataSchema": "delay_controls_metadata_response_dto_data_schema",
    "DelayRegularMetadata": "delay_regular_metadata",
    "DelayRegularMetadataType": "delay_regular_metadata_type",
    "DelayRegularMetadataUnit": "delay_regular_metadata_unit",
    "DelayRenderOutput": "delay_render_output",
    "DelayScheduledMetadata": "delay_scheduled_metadata",
    "DelayScheduledMetadataType": "delay_scheduled_metadata_type",
    "DelayStepResponseDto": "delay_step_response_dto",
    "DelayStepResponseDtoVariables": "delay_step_response_dto_variables",
    "DelayStepUpsertDto": "delay_step_upsert_dto",
    "DelayStepUpsertDtoControlValues": "delay_step_upsert_dto_control_values",
    "DeleteMessagePayloadDto": "delete_message_payload_dto",
    "DeleteMessageResponseDto": "delete_message_response_dto",
    "DeleteMessageResponseDtoStatus": "delete_message_response_dto_status",
    "DeleteTopicResponseDto": "delete_topic_response_dto",
    "DeleteTopicSubscriberIdentifierDto": "delete_topic_subscriber_identifier_dto",
    "DeleteTopicSubscriptionsRequestDto": "delete_topic_subscriptions_request_dto",
    "DeleteTopicSubscriptionsResponseDto": "delete_topic_subscriptions_response_dto",
    "DependencyReasonEnum": "dependency_reason_enum",
    "DiagnoseDomainResponseDto": "diagnose_domain_response_dto",
    "DiffActionEnum": "diff_action_enum",
    "DiffEnvironmentRequestDto": "diff_environment_request_dto",
    "DiffEnvironmentResponseDto": "diff_environment_response_dto",
    "DiffSummaryDto": "diff_summary_dto",
    "DigestControlDto": "digest_control_dto",
    "DigestControlDtoSkip": "digest_control_dto_skip",
    "DigestControlDtoType": "digest_control_dto_type",
    "DigestControlDtoUnit": "digest_control_dto_unit",
    "DigestControlsMetadataResponseDto": "digest_controls_metadata_response_dto",
    "DigestControlsMetadataResponseDtoDataSchema": "digest_controls_metadata_response_dto_data_schema",
    "DigestMetadataDto": "digest_metadata_dto",
    "DigestMetadataDtoEventsItem": "digest_metadata_dto_events_item",
    "DigestMetadataDtoUnit": "digest_metadata_dto_unit",
    "DigestRegularMetadata": "digest_regular_metadata",
    "DigestRegularMetadataBackoffUnit": "digest_regular_metadata_backoff_unit",
    "DigestRegularMetadataType": "digest_regular_metadata_type",
    "DigestRegularMetadataUnit": "digest_regular_metadata_unit",
    "DigestRegularOutput": "digest_regular_output",
    "DigestRegularOutputLookBackWindow": "digest_regular_output_look_back_window",
    "DigestStepResponseDto": "digest_step_response_dto",
    "DigestStepResponseDtoVariables": "digest_step_response_dto_variables",
    "DigestStepUpsertDto": "digest_step_upsert_dto",
    "DigestStepUpsertDtoControlValues": "digest_step_upsert_dto_control_values",
    "DigestTimedConfigDto": "digest_timed_config_dto",
    "DigestTimedConfigDtoWeekDaysItem": "digest_timed_config_dto_week_days_item",
    "DigestTimedMetadata": "digest_timed_metadata",
    "DigestTimedMetadataType": "digest_timed_metadata_type",
    "DigestTimedMetadataUnit": "digest_timed_metadata_unit",
    "DigestTimedOutput": "digest_timed_output",
    "DigestTypeEnum": "digest_type_enum",
    "DigestUnitEnum": "digest_unit_enum",
    "DirectionEnum": "direction_enum",
    "DomainConnectApplyUrlResponseDto": "domain_connect_apply_url_response_dto",
    "DomainConnectStatusResponseDto": "domain_connect_status_response_dto",
    "DomainConnectStatusResponseDtoReasonCode": "domain_connect_status_response_dto_reason_code",
    "DomainDiagnosticCheckDto": "domain_diagnostic_check_dto",
    "DomainDiagnosticCheckDtoCode": "domain_diagnostic_check_dto_code",
    "DomainDiagnosticCheckDtoStatus": "domain_diagnostic_check_dto_status",
    "DomainDiagnosticIssueDto": "domain_diagnostic_issue_dto",
    "DomainDiagnosticIssueDtoCode": "domain_diagnostic_issue_dto_code",
    "DomainDiagnosticIssueDtoSeverity": "domain_diagnostic_issue_dto_severity",
    "DomainResponseDto": "domain_response_dto",
    "DomainResponseDtoData": "domain_response_dto_data",
    "DomainResponseDtoStatus": "domain_response_dto_status",
    "DomainRouteDto": "domain_route_dto",
    "DomainRouteDtoData": "domain_route_dto_data",
    "DomainRouteDtoType": "domain_route_dto_type",
    "DomainRouteResponseDto": "domain_route_response_dto",
    "DomainRouteResponseDtoData": "domain_route_response_dto_data",
    "DomainRouteResponseDtoType": "domain_route_response_dto_type",
    "DomainsControllerListDomainRoutesOrderDirection": "domains_controller_list_domain_routes_order_direction",
    "DomainsControllerListDomainsOrderDirection": "domains_controller_list_domains_order_direction",
    "DuplicateLayoutDto": "duplicate_layout_dto",
    "DuplicateWorkflowDto": "duplicate_workflow_dto",
    "EditPayloadDto": "edit_payload_dto",
    "EmailBlock": "email_block",
    "EmailBlockStyles": "email_block_styles",
    "EmailBlockTypeEnum": "email_block_type_enum",
    "EmailChannelOverrides": "email_channel_overrides",
    "EmailControlDto": "email_control_dto",
    "EmailControlDtoEditorType": "email_control_dto_editor_type",
    "EmailControlDtoSkip": "email_control_dto_skip",
    "EmailControlsDto": "email_controls_dto",
    "EmailControlsDtoEditorType": "email_controls_dto_editor_type",
    "EmailControlsMetadataResponseDto": "email_controls_metadata_response_dto",
    "EmailControlsMetadataResponseDtoDataSchema": "email_controls_metadata_response_dto_data_schema",
    "EmailLayoutRenderOutput": "email_layout_render_output",
    "EmailReceivedEvent": "email_received_event",
    "EmailReceivedEventObject": "email_received_event_object",
    "EmailRenderOutput": "email_render_output",
    "EmailStepResponseDto": "email_step_response_dto",
    "EmailStepResponseDtoVariables": "email_step_response_dto_variables",
    "EmailStepUpsertDto": "email_step_upsert_dto",
    "EmailStepUpsertDtoControlValues": "email_step_upsert_dto_control_values",
    "EnvironmentDiffSummaryDto": "environment_diff_summary_dto",
    "EnvironmentResponseDto": "environment_response_dto",
    "EnvironmentResponseDtoType": "environment_response_dto_type",
    "EnvironmentVariableResponseDto": "environment_variable_response_dto",
    "EnvironmentVariableResponseDtoType": "environment_variable_response_dto_type",
    "EnvironmentVariableValueDto": "environment_variable_value_dto",
    "EnvironmentVariableValueResponseDto": "environment_variable_value_response_dto",
    "EnvironmentVariableWorkflowInfoDto": "environment_variable_workflow_info_dto",
    "ErrorDto": "error_dto",
    "ErrorDtoCtx": "error_dto_ctx",
    "ErrorDtoMessage": "error_dto_message",
    "ErrorDtoMessageItem": "error_dto_message_item",
    "EventBody": "event_body",
    "EventBodyStatus": "event_body_status",
    "ExecutionDetailsSourceEnum": "execution_details_source_enum",
    "ExecutionDetailsStatusEnum": "execution_details_status_enum",
    "ExpectedDnsRecordDto": "expected_dns_record_dto",
    "FailedOperationDto": "failed_operation_dto",
    "FailedWorkflowDto": "failed_workflow_dto",
    "FeedResponseDto": "feed_response_dto",
    "FieldFilterPartDto": "field_filter_part_dto",
    "FieldFilterPartDtoOn": "field_filter_part_dto_on",
    "FieldFilterPartDtoOperator": "field_filter_part_dto_operator",
    "FileRefDto": "file_ref_dto",
    "GenerateChatOAuthUrlResponseDto": "generate_chat_o_auth_url_response_dto",
    "GenerateChatOauthUrlRequestDto": "generate_chat_oauth_url_request_dto",
    "GenerateChatOauthUrlRequestDtoConnectionMode": "generate_chat_oauth_url_request_dto_connection_mode",
    "GenerateChatOauthUrlRequestDtoContext": "generate_chat_oauth_url_request_dto_context",
    "GenerateChatOauthUrlRequestDtoMode": "generate_chat_oauth_url_request_dto_mode",
    "GenerateConnectOauthUrlRequestDto": "generate_connect_oauth_url_request_dto",
    "GenerateConnectOauthUrlRequestDtoConnectionMode": "generate_connect_oauth_url_request_dto_connection_mode",
    "GenerateConnectOauthUrlRequestDtoContext": "generate_connect_oauth_url_request_dto_context",
    "GenerateLayoutPreviewResponseDto": "generate_layout_preview_response_dto",
    "GenerateLayoutPreviewResponseDtoResultEmail": "generate_layout_preview_response_dto_result_email",
    "GenerateLayoutPreviewResponseDtoResultEmailType": "generate_layout_preview_response_dto_result_email_type",
    "GenerateLayoutPreviewResponseDtoSchema": "generate_layout_preview_response_dto_schema",
    "GenerateLinkUserOauthUrlRequestDto": "generate_link_user_oauth_url_request_dto",
    "GenerateLinkUserOauthUrlRequestDtoContext": "generate_link_user_oauth_url_request_dto_context",
    "GeneratePreviewRequestDto": "generate_preview_request_dto",
    "GeneratePreviewRequestDtoControlValues": "generate_preview_request_dto_control_values",
    "GeneratePreviewResponseDto": "generate_preview_response_dto",
    "GeneratePreviewResponseDtoResult": "generate_preview_response_dto_result",
    "GeneratePreviewResponseDtoResultChat": "generate_preview_response_dto_result_chat",
    "GeneratePreviewResponseDtoResultChatType": "generate_preview_response_dto_result_chat_type",
    "GeneratePreviewResponseDtoResultDelay": "generate_preview_response_dto_result_delay",
    "GeneratePreviewResponseDtoResultDelayType": "generate_preview_response_dto_result_delay_type",
    "GeneratePreviewResponseDtoResultDigest": "generate_preview_response_dto_result_digest",
    "GeneratePreviewResponseDtoResultDigestType": "generate_preview_response_dto_result_digest_type",
    "GeneratePreviewResponseDtoResultEmail": "generate_preview_response_dto_result_email",
    "GeneratePreviewResponseDtoResultEmailType": "generate_preview_response_dto_result_email_type",
    "GeneratePreviewResponseDtoResultInApp": "generate_preview_response_dto_result_in_app",
    "GeneratePreviewResponseDtoResultInAppType": "generate_preview_response_dto_result_in_app_type",
    "GeneratePreviewResponseDtoResultPush": "generate_preview_response_dto_result_push",
    "GeneratePreviewResponseDtoResultPushType": "generate_preview_response_dto_result_push_type",
    "GeneratePreviewResponseDtoResultSms": "generate_preview_response_dto_result_sms",
    "GeneratePreviewResponseDtoResultSmsType": "generate_preview_response_dto_result_sms_type",
    "GeneratePreviewResponseDtoSchema": "generate_preview_response_dto_schema",
    "GetChannelConnectionResponseDto": "get_channel_connection_response_dto",
    "GetChannelConnectionResponseDtoChannel": "get_channel_connection_response_dto_channel",
    "GetChannelConnectionResponseDtoProviderId": "get_channel_connection_response_dto_provider_id",
    "GetChannelEndpointResponseDto": "get_channel_endpoint_response_dto",
    "GetChannelEndpointResponseDtoChannel": "get_channel_endpoint_response_dto_channel",
    "GetChannelEndpointResponseDtoProviderId": "get_channel_endpoint_response_dto_provider_id",
    "GetChannelEndpointResponseDtoType": "get_channel_endpoint_response_dto_type",
    "GetChartsResponseDto": "get_charts_response_dto",
    "GetChartsResponseDtoData": "get_charts_response_dto_data",
    "GetContextResponseDto": "get_context_response_dto",
    "GetContextResponseDtoData": "get_context_response_dto_data",
    "GetEnvironmentTagsDto": "get_environment_tags_dto",
    "GetEnvironmentVariableUsageResponseDto": "get_environment_variable_usage_response_dto",
    "GetLayoutUsageResponseDto": "get_layout_usage_response_dto",
    "GetMasterJsonResponseDto": "get_master_json_response_dto",
    "GetMasterJsonResponseDtoLayouts": "get_master_json_response_dto_layouts",
    "GetMasterJsonResponseDtoWorkflows": "get_master_json_response_dto_workflows",
    "GetPreferencesResponseDto": "get_preferences_response_dto",
    "GetPreferencesResponseDtoCondition": "get_preferences_response_dto_condition",
    "GetRequestResponseDto": "get_request_response_dto",
    "GetRequestsResponseDto": "get_requests_response_dto",
    "GetSubscriberNotificationsCountResponseDto": "get_subscriber_notifications_count_response_dto",
    "GetSubscriberNotificationsCountResponseDtoFilter": "get_subscriber_notifications_count_response_dto_filter",
    "GetSubscriberNotificationsResponseDto": "get_subscriber_notifications_response_dto",
    "GetSubscriberNotificationsResponseDtoFilter": "get_subscriber_notifications_response_dto_filter",
    "GetSubscriberPreferencesDto": "get_subscriber_preferences_dto",
    "GetWorkflowRunResponseDto": "get_workflow_run_response_dto",
    "GetWorkflowRunResponseDtoDeliveryLifecycleStatus": "get_workflow_run_response_dto_delivery_lifecycle_status",
    "GetWorkflowRunResponseDtoOverrides": "get_workflow_run_response_dto_overrides",
    "GetWorkflowRunResponseDtoPayload": "get_workflow_run_response_dto_payload",
    "GetWorkflowRunResponseDtoSeverity": "get_workflow_run_response_dto_severity",
    "GetWorkflowRunResponseDtoStatus": "get_workflow_run_response_dto_status",
    "GetWorkflowRunsDto": "get_workflow_runs_dto",
    "GetWorkflowRunsDtoDeliveryLifecycleStatus": "get_workflow_runs_dto_delivery_lifecycle_status",
    "GetWorkflowRunsDtoSeverity": "get_workflow_runs_dto_severity",
    "GetWorkflowRunsDtoStatus": "get_workflow_runs_dto_status",
    "GetWorkflowRunsResponseDto": "get_workflow_runs_response_dto",
    "GetWorkflowRunsResponseDtoNext": "get_workflow_runs_response_dto_next",
    "GetWorkflowRunsResponseDtoPrevious": "get_workflow_runs_response_dto_previous",
    "GroupPreferenceFilterDetailsDto": "group_preference_filter_details_dto",
    "GroupPreferenceFilterDto": "group_preference_filter_dto",
    "GroupPreferenceFilterDtoCondition": "group_preference_filter_dto_condition",
    "HttpMethodEnum": "http_method_enum",
    "HttpRequestControlDto": "http_request_control_dto",
    "HttpRequestControlDtoResponseBodySchema": "http_request_control_dto_response_body_schema",
    "HttpRequestControlsMetadataResponseDto": "http_request_controls_metadata_response_dto",
    "HttpRequestControlsMetadataResponseDtoDataSchema": "http_request_controls_metadata_response_dto_data_schema",
    "HttpRequestKeyValuePairDto": "http_request_key_value_pair_dto",
    "HttpRequestStepResponseDto": "http_request_step_response_dto",
    "HttpRequestStepResponseDtoVariables": "http_request_step_response_dto_variables",
    "HttpRequestStepUpsertDto": "http_request_step_upsert_dto",
    "HttpRequestStepUpsertDtoControlValues": "http_request_step_upsert_dto_control_values",
    "ImportMasterJsonRequestDto": "import_master_json_request_dto",
    "ImportMasterJsonRequestDtoMasterJson": "import_master_json_request_dto_master_json",
    "ImportMasterJsonResponseDto": "import_master_json_response_dto",
    "InAppControlDto": "in_app_control_dto",
    "InAppControlDtoData": "in_app_control_dto_data",
    "InAppControlDtoSkip": "in_app_control_dto_skip",
    "InAppControlsMetadataResponseDto": "in_app_controls_metadata_response_dto",
    "InAppControlsMetadataResponseDtoDataSchema": "in_app_controls_metadata_response_dto_data_schema",
    "InAppRenderOutput": "in_app_render_output",
    "InAppRenderOutputData": "in_app_render_output_data",
    "InAppStepResponseDto": "in_app_step_response_dto",
    "InAppStepResponseDtoVariables": "in_app_step_response_dto_variables",
    "InAppStepUpsertDto": "in_app_step_upsert_dto",
    "InAppStepUpsertDtoControlValues": "in_app_step_upsert_dto_control_values",
    "InBoundParseDomainDto": "in_bound_parse_domain_dto",
    "InboundWebhooksControllerHandleWebhookBody": "inbound_webhooks_controller_handle_webhook_body",
    "InboxActionDto": "inbox_action_dto",
    "InboxNotificationDto": "inbox_notification_dto",
    "InboxNotificationDtoData": "inbox_notification_dto_data",
    "InboxSubscriberResponseDto": "inbox_subscriber_response_dto",
    "IntegrationIssueEnum": "integration_issue_enum",
    "IntegrationResponseDto": "integration_response_dto",
    "IntegrationResponseDtoChannel": "integration_response_dto_channel",
    "IntegrationResponseDtoKind": "integration_response_dto_kind",
    "IssueIntegrationMobileLinkRequestDto": "issue_integration_mobile_link_request_dto",
    "IssueTelegramMobileLinkResponseDto": "issue_telegram_mobile_link_response_dto",
    "LayoutControlValuesDto": "layout_control_values_dto",
    "LayoutControlsDto": "layout_controls_dto",
    "LayoutControlsDtoDataSchema": "layout_controls_dto_data_schema",
    "LayoutCreationSourceEnum": "layout_creation_source_enum",
    "LayoutPreviewPayloadDto": "layout_preview_payload_dto",
    "LayoutPreviewRequestDto": "layout_preview_request_dto",
    "LayoutPreviewRequestDtoControlValues": "layout_preview_request_dto_control_values",
    "LayoutResponseDto": "layout_response_dto",
    "LayoutResponseDtoSortField": "layout_response_dto_sort_field",
    "LayoutResponseDtoVariables": "layout_response_dto_variables",
    "LineUserEndpointDto": "line_user_endpoint_dto",
    "LinkChannelEndpointRequestDto": "link_channel_endpoint_request_dto",
    "LinkChannelEndpointResponseDto": "link_channel_endpoint_response_dto",
    "LinkChannelEndpointResponseDtoProviderMetadata": "link_channel_endpoint_response_dto_provider_metadata",
    "ListAgentIntegrationsResponseDto": "list_agent_integrations_response_dto",
    "ListAgentsResponseDto": "list_agents_response_dto",
    "ListChannelConnectionsResponseDto": "list_channel_connections_response_dto",
    "ListChannelEndpointsResponseDto": "list_channel_endpoints_response_dto",
    "ListContextsResponseDto": "list_contexts_response_dto",
    "ListDomainRoutesResponseDto": "list_domain_routes_response_dto",
    "ListDomainsResponseDto": "list_domains_response_dto",
    "ListLayoutResponseDto": "list_layout_response_dto",
    "ListSubscribersResponseDto": "list_subscribers_response_dto",
    "ListTopicSubscriptionsResponseDto": "list_topic_subscriptions_response_dto",
    "ListTopicsResponseDto": "list_topics_response_dto",
    "ListWorkflowResponse": "list_workflow_response",
    "LookBackWindowDto": "look_back_window_dto",
    "LookBackWindowDtoUnit": "look_back_window_dto_unit",
    "ManagedRuntimeDto": "managed_runtime_dto",
    "ManagedRuntimeDtoProviderId": "managed_runtime_dto_provider_id",
    "ManagedRuntimeResponseDto": "managed_runtime_response_dto",
    "MarkAllMessageAsRequestDto": "mark_all_message_as_request_dto",
    "MarkAllMessageAsRequestDtoMarkAs": "mark_all_message_as_request_dto_mark_as",
    "MarkMessageActionAsSeenDto": "mark_message_action_as_seen_dto",
    "MarkMessageActionAsSeenDtoPayload": "mark_message_action_as_seen_dto_payload",
    "MarkMessageActionAsSeenDtoStatus": "mark_message_action_as_seen_dto_status",
    "MarkSubscriberNotificationsAsSeenDto": "mark_subscriber_notifications_as_seen_dto",
    "MarkSubscriberNotificationsAsSeenDtoTags": "mark_subscriber_notifications_as_seen_dto_tags",
    "MarkdownReplyContentDto": "markdown_reply_content_dto",
    "MessageAction": "message_action",
    "MessageActionResult": "message_action_result",
    "MessageActionResultPayload": "message_action_result_payload",
    "MessageActionStatusEnum": "message_action_status_enum",
    "MessageArchivedEvent": "message_archived_event",
    "MessageArchivedEventObject": "message_archived_event_object",
    "MessageButton": "message_button",
    "MessageCTA": "message_cta",
    "MessageCTAData": "message_cta_data",
    "MessageDeletedEvent": "message_deleted_event",
    "MessageDeletedEventObject": "message_deleted_event_object",
    "MessageDeliveredEvent": "message_delivered_event",
    "MessageDeliveredEventObject": "message_delivered_event_object",
    "MessageFailedErrorDto": "message_failed_error_dto",
    "MessageFailedEvent": "message_failed_event",
    "MessageFailedEventObject": "message_failed_event_object",
    "MessageFailedPushDto": "message_failed_push_dto",
    "MessageMarkAsRequestDto": "message_mark_as_request_dto",
    "MessageMarkAsRequestDtoMarkAs": "message_mark_as_request_dto_mark_as",
    "MessageReadEvent": "message_read_event",
    "MessageReadEventObject": "message_read_event_object",
    "MessageResponseDto": "message_response_dto",
    "MessageResponseDtoOverrides": "message_response_dto_overrides",
    "MessageResponseDtoPayload": "message_response_dto_payload",
    "MessageSeenEvent": "message_seen_event",
    "MessageSeenEventObject": "message_seen_event_object",
    "MessageSentEvent": "message_sent_event",
    "MessageSentEventObject": "message_sent_event_object",
    "MessageSnoozedEvent": "message_snoozed_event",
    "MessageSnoozedEventObject": "message_snoozed_event_object",
    "MessageStatusEnum": "message_status_enum",
    "MessageTemplate": "message_template",
    "MessageTemplateDto": "message_template_dto",
    "MessageUnarchivedEvent": "message_unarchived_event",
    "MessageUnarchivedEventObject": "message_unarchived_event_object",
    "MessageUnreadEvent": "message_unread_event",
    "MessageUnreadEventObject": "message_unread_event_object",
    "MessageUnsnoozedEvent": "message_unsnoozed_event",
    "MessageUnsnoozedEventObject": "message_unsnoozed_event_object",
    "MessagesControllerDeleteMessagesByTransactionIdChannel": "messages_controller_delete_messages_by_transaction_id_channel",
    "MessagesResponseDto": "messages_response_dto",
    "MetaDto": "meta_dto",
    "MetadataClearSignalDto": "metadata_clear_signal_dto",
    "MetadataClearSignalDtoAction": "metadata_clear_signal_dto_action",
    "MetadataClearSignalDtoType": "metadata_clear_signal_dto_type",
    "MetadataDeleteSignalDto": "metadata_delete_signal_dto",
    "MetadataDeleteSignalDtoAction": "metadata_delete_signal_dto_action",
    "MetadataDeleteSignalDtoType": "metadata_delete_signal_dto_type",
    "MetadataSetSignalDto": "metadata_set_signal_dto",
    "MetadataSetSignalDtoAction": "metadata_set_signal_dto_action",
    "MetadataSetSignalDtoType": "metadata_set_signal_dto_type",
    "MetadataSetSignalDtoValue": "metadata_set_signal_dto_value",
    "MonthlyTypeEnum": "monthly_type_enum",
    "MsTeamsChannelEndpointDto": "ms_teams_channel_endpoint_dto",
    "MsTeamsUserEndpointDto": "ms_teams_user_endpoint_dto",
    "NotificationFeedItemDto": "notification_feed_item_dto",
    "NotificationFeedItemDtoData": "notification_feed_item_dto_data",
    "NotificationFeedItemDtoOverrides": "notification_feed_item_dto_overrides",
    "NotificationFeedItemDtoPayload": "notification_feed_item_dto_payload",
    "NotificationFeedItemDtoStatus": "notification_feed_item_dto_status",
    "NotificationGroup": "notification_group",
    "NotificationStepData": "notification_step_data",
    "NotificationStepDto": "notification_step_dto",
    "NotificationTrigger": "notification_trigger",
    "NotificationTriggerDto": "notification_trigger_dto",
    "NotificationTriggerDtoType": "notification_trigger_dto_type",
    "NotificationTriggerType": "notification_trigger_type",
    "NotificationTriggerVariable": "notification_trigger_variable",
    "NotificationWorkflowDto": "notification_workflow_dto",
    "NotificationWorkflowDtoData": "notification_workflow_dto_data",
    "OrdinalEnum": "ordinal_enum",
    "OrdinalValueEnum": "ordinal_value_enum",
    "PatchPreferenceChannelsDto": "patch_preference_channels_dto",
    "PatchSubscriberPreferencesDto": "patch_subscriber_preferences_dto",
    "PatchSubscriberPreferencesDtoContext": "patch_subscriber_preferences_dto_context",
    "PatchSubscriberRequestDto": "patch_subscriber_request_dto",
    "PatchSubscriberRequestDtoData": "patch_subscriber_request_dto_data",
    "PatchWorkflowDto": "patch_workflow_dto",
    "PatchWorkflowDtoPayloadSchema": "patch_workflow_dto_payload_schema",
    "PayloadValidationErrorDto": "payload_validation_error_dto",
    "PayloadValidationErrorDtoValue": "payload_validation_error_dto_value",
    "PayloadValidationErrorDtoValueItem": "payload_validation_error_dto_value_item",
    "PayloadValidationExceptionDto": "payload_validation_exception_dto",
    "PayloadValidationExceptionDtoCtx": "payload_validation_exception_dto_ctx",
    "PayloadValidationExceptionDtoMessage": "payload_validation_exception_dto_message",
    "PayloadValidationExceptionDtoMessageItem": "payload_validation_exception_dto_message_item",
    "PayloadValidationExceptionDtoSchema": "payload_validation_exception_dto_schema",
    "PhoneEndpointDto": "phone_endpoint_dto",
    "PlanUsageDto": "plan_usage_dto",
    "PreferenceLevelEnum": "preference_level_enum",
    "PreferenceOverrideSourceEnum": "preference_override_source_enum",
    "PreferenceUpdatedEvent": "preference_updated_event",
    "PreferenceUpdatedEventObject": "preference_updated_event_object",
    "PreferencesRequestDto": "preferences_request_dto",
    "PreviewErrorDto": "preview_error_dto",
    "PreviewPayloadDto": "preview_payload_dto",
    "PreviewPayloadDtoContext": "preview_payload_dto_context",
    "PreviewPayloadDtoEnv": "preview_payload_dto_env",
    "PreviewPayloadDtoPayload": "preview_payload_dto_payload",
    "PreviewPayloadDtoSteps": "preview_payload_dto_steps",
    "ProvidersIdEnum": "providers_id_enum",
    "PublishEnvironmentRequestDto": "publish_environment_request_dto",
    "PublishEnvironmentResponseDto": "publish_environment_response_dto",
    "PublishSummaryDto": "publish_summary_dto",
    "PushControlDto": "push_control_dto",
    "PushControlDtoSkip": "push_control_dto_skip",
    "PushControlsMetadataResponseDto": "push_controls_metadata_response_dto",
    "PushControlsMetadataResponseDtoDataSchema": "push_controls_metadata_response_dto_data_schema",
    "PushRenderOutput": "push_render_output",
    "PushStepResponseDto": "push_step_response_dto",
    "PushStepResponseDtoVariables": "push_step_response_dto_variables",
    "PushStepUpsertDto": "push_step_upsert_dto",
    "PushStepUpsertDtoControlValues": "push_step_upsert_dto_control_values",
    "RedirectDto": "redirect_dto",
    "RedirectDtoTarget": "redirect_dto_target",
    "RemoveSubscriberResponseDto": "remove_subscriber_response_dto",
    "ReplyCallback": "reply_callback",
    "ReplyContentDto": "reply_content_dto",
    "ReplyContentDtoCard": "reply_content_dto_card",
    "ReplyContentDtoToolApprovalCard": "reply_content_dto_tool_approval_card",
    "RequestLogResponseDto": "request_log_response_dto",
    "RequestLogResponseDtoSource": "request_log_response_dto_source",
    "RequestLogResponseDtoTransactionId": "request_log_response_dto_transaction_id",
    "ResolveDto": "resolve_dto",
    "ResourceDependencyDto": "resource_dependency_dto",
    "ResourceDiffDto": "resource_diff_dto",
    "ResourceDiffDtoDiffs": "resource_diff_dto_diffs",
    "ResourceDiffDtoDiffsNew": "resource_diff_dto_diffs_new",
    "ResourceDiffDtoDiffsPrevious": "resource_diff_dto_diffs_previous",
    "ResourceDiffResultDto": "resource_diff_result_dto",
    "ResourceInfoDto": "resource_info_dto",
    "ResourceOriginEnum": "resource_origin_enum",
    "ResourceToPublishDto": "resource_to_publish_dto",
    "ResourceTypeEnum": "resource_type_enum",
    "RuntimeIssueDto": "runtime_issue_dto",
    "ScheduleDto": "schedule_dto",
    "SentMessageInfoDto": "sent_message_info_dto",
    "SeverityLevelEnum": "severity_level_enum",
    "SignalDto": "signal_dto",
    "SignalDtoAction": "signal_dto_action",
    "SignalDtoPayload": "signal_dto_payload",
    "SignalDtoTo": "signal_dto_to",
    "SignalDtoToItem": "signal_dto_to_item",
    "SignalDtoType": "signal_dto_type",
    "SignalDtoValue": "signal_dto_value",
    "SkippedWorkflowDto": "skipped_workflow_dto",
    "SlackChannelEndpointDto": "slack_channel_endpoint_dto",
    "SlackUserEndpointDto": "slack_user_endpoint_dto",
    "SmsControlDto": "sms_control_dto",
    "SmsControlDtoSkip": "sms_control_dto_skip",
    "SmsControlsMetadataResponseDto": "sms_controls_metadata_response_dto",
    "SmsControlsMetadataResponseDtoDataSchema": "sms_controls_metadata_response_dto_data_schema",
    "SmsRenderOutput": "sms_render_output",
    "SmsStepResponseDto": "sms_step_response_dto",
    "SmsStepResponseDtoVariables": "sms_step_response_dto_variables",
    "SmsStepUpsertDto": "sms_step_upsert_dto",
    "SmsStepUpsertDtoControlValues": "sms_step_upsert_dto_control_values",
    "SnoozeSubscriberNotificationDto": "snooze_subscriber_notification_dto",
    "StepContentIssueDto": "step_content_issue_dto",
    "StepExecutionDetailDto": "step_execution_detail_dto",
    "StepExecutionDetailDtoRaw": "step_execution_detail_dto_raw",
    "StepFilterDto": "step_filter_dto",
    "StepFilterDtoValue": "step_filter_dto_value",
    "StepIntegrationIssue": "step_integration_issue",
    "StepIssuesDto": "step_issues_dto",
    "StepIssuesDtoControls": "step_issues_dto_controls",
    "StepIssuesDtoIntegration": "step_issues_dto_integration",
    "StepListResponseDto": "step_list_response_dto",
    "StepResponseDto": "step_response_dto",
    "StepResponseDtoControlValues": "step_response_dto_control_values",
    "StepResponseDtoVariables": "step_response_dto_variables",
    "StepRunDto": "step_run_dto",
    "StepRunDtoStatus": "step_run_dto_status",
    "StepTypeEnum": "step_type_enum",
    "StepsOverrides": "steps_overrides",
    "StepsOverridesProviders": "steps_overrides_providers",
    "StepsOverridesProvidersAdditionalProperty": "steps_overrides_providers_additional_property",
    "SubscriberChannelDto": "subscriber_channel_dto",
    "SubscriberChannelDtoProviderId": "subscriber_channel_dto_provider_id",
    "SubscriberDto": "subscriber_dto",
    "SubscriberFeedResponseDto": "subscriber_feed_response_dto",
    "SubscriberGlobalPreferenceDto": "subscriber_global_preference_dto",
    "SubscriberPayloadDto": "subscriber_payload_dto",
    "SubscriberPayloadDtoData": "subscriber_payload_dto_data",
    "SubscriberPreferenceChannels": "subscriber_preference_channels",
    "SubscriberPreferenceOverrideDto": "subscriber_preference_override_dto",
    "SubscriberPreferencesWorkflowInfoDto": "subscriber_preferences_workflow_info_dto",
    "SubscriberResponseDto": "subscriber_response_dto",
    "SubscriberResponseDtoData": "subscriber_response_dto_data",
    "SubscriberResponseDtoOptional": "subscriber_response_dto_optional",
    "SubscriberResponseDtoOptionalData": "subscriber_response_dto_optional_data",
    "SubscriberWorkflowPreferenceDto": "subscriber_workflow_preference_dto",
    "SubscribersControllerCompleteNotificationActionActionType": "subscribers_controller_complete_notification_action_action_type",
    "SubscribersControllerGetSubscriberNotificationsSeverityItem": "subscribers_controller_get_subscriber_notifications_severity_item",
    "SubscribersControllerGetSubscriberPreferencesCriticality": "subscribers_controller_get_subscriber_preferences_criticality",
    "SubscribersControllerListSubscriberTopicsOrderDirection": "subscribers_controller_list_subscriber_topics_order_direction",
    "SubscribersControllerRevertNotificationActionActionType": "subscribers_controller_revert_notification_action_action_type",
    "SubscribersControllerSearchSubscribersOrderDirection": "subscribers_controller_search_subscribers_order_direction",
    "SubscriptionDetailsResponseDto": "subscription_details_response_dto",
    "SubscriptionDto": "subscription_dto",
    "SubscriptionErrorDto": "subscription_error_dto",
    "SubscriptionPreferenceDto": "subscription_preference_dto",
    "SubscriptionPreferenceDtoCondition": "subscription_preference_dto_condition",
    "SubscriptionResponseDto": "subscription_response_dto",
    "SubscriptionsDeleteErrorDto": "subscriptions_delete_error_dto",
    "SyncActionEnum": "sync_action_enum",
    "SyncResultDto": "sync_result_dto",
    "SyncWorkflowDto": "sync_workflow_dto",
    "SyncedWorkflowDto": "synced_workflow_dto",
    "TelegramChatEndpointDto": "telegram_chat_endpoint_dto",
    "TenantPayloadDto": "tenant_payload_dto",
    "TenantPayloadDtoData": "tenant_payload_dto_data",
    "TestDomainRouteAgentResultDto": "test_domain_route_agent_result_dto",
    "TestDomainRouteAgentResultDtoAgentReply": "test_domain_route_agent_result_dto_agent_reply",
    "TestDomainRouteDto": "test_domain_route_dto",
    "TestDomainRouteFromDto": "test_domain_route_from_dto",
    "TestDomainRouteResponseDto": "test_domain_route_response_dto",
    "TestDomainRouteResponseDtoDomainStatus": "test_domain_route_response_dto_domain_status",
    "TestDomainRouteResponseDtoPayload": "test_domain_route_response_dto_payload",
    "TestDomainRouteResponseDtoType": "test_domain_route_response_dto_type",
    "TestDomainRouteWebhookResultDto": "test_domain_route_webhook_result_dto",
    "TextAlignEnum": "text_align_enum",
    "ThrottleControlDto": "throttle_control_dto",
    "ThrottleControlDtoSkip": "throttle_control_dto_skip",
    "ThrottleControlDtoType": "throttle_control_dto_type",
    "ThrottleControlDtoUnit": "throttle_control_dto_unit",
    "ThrottleControlsMetadataResponseDto": "throttle_controls_metadata_response_dto",
    "ThrottleControlsMetadataResponseDtoDataSchema": "throttle_controls_metadata_response_dto_data_schema",
    "ThrottleStepResponseDto": "throttle_step_response_dto",
    "ThrottleStepResponseDtoVariables": "throttle_step_response_dto_variables",
    "ThrottleStepUpsertDto": "throttle_step_upsert_dto",
    "ThrottleStepUpsertDtoControlValues": "throttle_step_upsert_dto_control_values",
    "TimeRangeDto": "time_range_dto",
    "TimeUnitEnum": "time_unit_enum",
    "TimedConfig": "timed_config",
    "TimedConfigMonthlyType": "timed_config_monthly_type",
    "TimedConfigOrdinal": "timed_config_ordinal",
    "TimedConfigOrdinalValue": "timed_config_ordinal_value",
    "TimedConfigWeekDaysItem": "timed_config_week_days_item",
    "ToolApprovalCardReplyContentDto": "tool_approval_card_reply_content_dto",
    "ToolApprovalCardReplyContentDtoToolApprovalCard": "tool_approval_card_reply_content_dto_tool_approval_card",
    "ToolApprovalRequestPayloadDto": "tool_approval_request_payload_dto",
    "ToolApprovalRequestPayloadDtoInput": "tool_approval_request_payload_dto_input",
    "ToolResultDto": "tool_result_dto",
    "ToolResultDtoOutput": "tool_result_dto_output",
    "TopicDto": "topic_dto",
    "TopicPayloadDto": "topic_payload_dto",
    "TopicResponseDto": "topic_response_dto",
    "TopicSubscriberDto": "topic_subscriber_dto",
    "TopicSubscriberIdentifierDto": "topic_subscriber_identifier_dto",
    "TopicSubscriptionResponseDto": "topic_subscription_response_dto",
    "TopicsControllerListTopicSubscriptionsOrderDirection": "topics_controller_list_topic_subscriptions_order_direction",
    "TopicsControllerListTopicsOrderDirection": "topics_controller_list_topics_order_direction",
    "TraceResponseDto": "trace_response_dto",
    "TraceResponseDtoExternalSubscriberId": "trace_response_dto_external_subscriber_id",
    "TraceResponseDtoMessage": "trace_response_dto_message",
    "TraceResponseDtoRawData": "trace_response_dto_raw_data",
    "TraceResponseDtoSubscriberId": "trace_response_dto_subscriber_id",
    "TraceResponseDtoUserId": "trace_response_dto_user_id",
    "TranslationControllerDeleteTranslationEndpointResourceType": "translation_controller_delete_translation_endpoint_resource_type",
    "TranslationControllerDeleteTranslationGroupEndpointResourceType": "translation_controller_delete_translation_group_endpoint_resource_type",
    "TranslationControllerGetSingleTranslationResourceType": "translation_controller_get_single_translation_resource_type",
    "TranslationControllerGetTranslationGroupEndpointResourceType": "translation_controller_get_translation_group_endpoint_resource_type",
    "TranslationControllerUploadMasterJsonEndpointBody": "translation_controller_upload_master_json_endpoint_body",
    "TranslationControllerUploadTranslationFilesBody": "translation_controller_upload_translation_files_body",
    "TranslationControllerUploadTranslationFilesBodyResourceType": "translation_controller_upload_translation_files_body_resource_type",
    "TranslationGroupDto": "translation_group_dto",
    "TranslationGroupDtoResourceType": "translation_group_dto_resource_type",
    "TranslationResponseDto": "translation_response_dto",
    "TranslationResponseDtoContent": "translation_response_dto_content",
    "TranslationResponseDtoResourceType": "translation_response_dto_resource_type",
    "TriggerEventRequestDto": "trigger_event_request_dto",
    "TriggerEventRequestDtoContext": "trigger_event_request_dto_context",
    "TriggerEventRequestDtoPayload": "trigger_event_request_dto_payload",
    "TriggerEventResponseDto": "trigger_event_response_dto",
    "TriggerEventResponseDtoJobData": "trigger_event_response_dto_job_data",
    "TriggerEventResponseDtoStatus": "trigger_event_response_dto_status",
    "TriggerEventToAllRequestDto": "trigger_event_to_all_request_dto",
    "TriggerEventToAllRequestDtoContext": "trigger_event_to_all_request_dto_context",
    "TriggerEventToAllRequestDtoPayload": "trigger_event_to_all_request_dto_payload",
    "TriggerOverrides": "trigger_overrides",
    "TriggerOverridesChat": "trigger_overrides_chat",
    "TriggerOverridesEmail": "trigger_overrides_email",
    "TriggerOverridesProviders": "trigger_overrides_providers",
    "TriggerOverridesProvidersAdditionalProperty": "trigger_overrides_providers_additional_property",
    "TriggerOverridesPush": "trigger_overrides_push",
    "TriggerOverridesSms": "trigger_overrides_sms",
    "TriggerOverridesSteps": "trigger_overrides_steps",
    "TriggerRecipientsTypeEnum": "trigger_recipients_type_enum",
    "TriggerSignalDto": "trigger_signal_dto",
    "TriggerSignalDtoPayload": "trigger_signal_dto_payload",
    "TriggerSignalDtoTo": "trigger_signal_dto_to",
    "TriggerSignalDtoToItem": "trigger_signal_dto_to_item",
    "TriggerSignalDtoType": "trigger_signal_dto_type",
    "TypingStatusDto": "typing_status_dto",
    "UiComponentEnum": "ui_component_enum",
    "UiSchema": "ui_schema",
    "UiSchemaGroupEnum": "ui_schema_group_enum",
    "UiSchemaProperties": "ui_schema_properties",
    "UiSchemaProperty": "ui_schema_property",
    "UiSchemaPropertyPlaceholder": "ui_schema_property_placeholder",
    "UiSchemaPropertyPlaceholderItem": "ui_schema_property_placeholder_item",
    "UiSchemaPropertyProperties": "ui_schema_property_properties",
    "UnknownWebhookEvent": "unknown_webhook_event",
    "UnknownWebhookEventData": "unknown_webhook_event_data",
    "UnseenCountResponse": "unseen_count_response",
    "UpdateAgentBridgeRequestDto": "update_agent_bridge_request_dto",
    "UpdateAgentIntegrationRequestDto": "update_agent_integration_request_dto",
    "UpdateAgentRequestDto": "update_agent_request_dto",
    "UpdateAllSubscriberNotificationsDto": "update_all_subscriber_notifications_dto",
    "UpdateAllSubscriberNotificationsDtoTags": "update_all_subscriber_notifications_dto_tags",
    "UpdateChannelConnectionRequestDto": "update_channel_connection_request_dto",
    "UpdateChannelEndpointRequestDto": "update_channel_endpoint_request_dto",
    "UpdateContextRequestDto": "update_context_request_dto",
    "UpdateContextRequestDtoData": "update_context_request_dto_data",
    "UpdateDomainDto": "update_domain_dto",
    "UpdateDomainDtoData": "update_domain_dto_data",
    "UpdateDomainRouteDto": "update_domain_route_dto",
    "UpdateDomainRouteDtoData": "update_domain_route_dto_data",
    "UpdateDomainRouteDtoType": "update_domain_route_dto_type",
    "UpdateEnvironmentRequestDto": "update_environment_request_dto",
    "UpdateEnvironmentVariableRequestDto": "update_environment_variable_request_dto",
    "UpdateEnvironmentVariableRequestDtoType": "update_environment_variable_request_dto_type",
    "UpdateIntegrationRequestDto": "update_integration_request_dto",
    "UpdateIntegrationRequestDtoConfigurations": "update_integration_request_dto_configurations",
    "UpdateLayoutDto": "update_layout_dto",
    "UpdateSubscriberChannelRequestDto": "update_subscriber_channel_request_dto",
    "UpdateSubscriberOnlineFlagRequestDto": "update_subscriber_online_flag_request_dto",
    "UpdateTopicRequestDto": "update_topic_request_dto",
    "UpdateTopicSubscriptionRequestDto": "update_topic_subscription_request_dto",
    "UpdateWorkflowDto": "update_workflow_dto",
    "UpdateWorkflowDtoPayloadSchema": "update_workflow_dto_payload_schema",
    "UpdatedSubscriberDto": "updated_subscriber_dto",
    "UploadTranslationsResponseDto": "upload_translations_response_dto",
    "UserInfoDto": "user_info_dto",
    "UserResponseDto": "user_response_dto",
    "ValidationErrorDto": "validation_error_dto",
    "ValidationErrorDtoCtx": "validation_error_dto_ctx",
    "ValidationErrorDtoErrors": "validation_error_dto_errors",
    "ValidationErrorDtoMessage": "validation_error_dto_message",
    "ValidationErrorDtoMessageItem": "validation_error_dto_message_item",
    "WebexPersonEndpointDto": "webex_person_endpoint_dto",
    "WebexRoomEndpointDto": "webex_room_endpoint_dto",
    "WebhookCreatedWorkflowDto": "webhook_created_workflow_dto",
    "WebhookCreatedWorkflowDtoWebhookPayloadWrapper": "webhook_created_workflow_dto_webhook_payload_wrapper",
    "WebhookCreatedWorkflowDtoWebhookPayloadWrapperObject": "webhook_created_workflow_dto_webhook_payload_wrapper_object",
    "WebhookCreatedWorkflowDtoWebhookPayloadWrapperType": "webhook_created_workflow_dto_webhook_payload_wrapper_type",
    "WebhookDeletedWorkflowDto": "webhook_deleted_workflow_dto",
    "WebhookDeletedWorkflowDtoWebhookPayloadWrapper": "webhook_deleted_workflow_dto_webhook_payload_wrapper",
    "WebhookDeletedWorkflowDtoWebhookPayloadWrapperObject": "webhook_deleted_workflow_dto_webhook_payload_wrapper_object",
    "WebhookDeletedWorkflowDtoWebhookPayloadWrapperType": "webhook_deleted_workflow_dto_webhook_payload_wrapper_type",
    "WebhookEndpointDto": "webhook_endpoint_dto",
    "WebhookInboundEmailAddressDto": "webhook_inbound_email_address_dto",
    "WebhookInboundEmailDomainDto": "webhook_inbound_email_domain_dto",
    "WebhookInboundEmailDto": "webhook_inbound_email_dto",
    "WebhookInboundEmailDtoWebhookPayloadWrapper": "webhook_inbound_email_dto_webhook_payload_wrapper",
    "WebhookInboundEmailDtoWebhookPayloadWrapperObject": "webhook_inbound_email_dto_webhook_payload_wrapper_object",
    "WebhookInboundEmailDtoWebhookPayloadWrapperType": "webhook_inbound_email_dto_webhook_payload_wrapper_type",
    "WebhookInboundEmailMailDto": "webhook_inbound_email_mail_dto",
    "WebhookInboundEmailRouteDto": "webhook_inbound_email_route_dto",
    "WebhookMessageDto": "webhook_message_dto",
    "WebhookMessageDtoObject": "webhook_message_dto_object",
    "WebhookMessageDtoWebhookPayloadWrapper": "webhook_message_dto_webhook_payload_wrapper",
    "WebhookMessageDtoWebhookPayloadWrapperObject": "webhook_message_dto_webhook_payload_wrapper_object",
    "WebhookMessageDtoWebhookPayloadWrapperType": "webhook_message_dto_webhook_payload_wrapper_type",
    "WebhookMessageFailedDto": "webhook_message_failed_dto",
    "WebhookMessageFailedDtoObject": "webhook_message_failed_dto_object",
    "WebhookMessageFailedDtoWebhookPayloadWrapper": "webhook_message_failed_dto_webhook_payload_wrapper",
    "WebhookMessageFailedDtoWebhookPayloadWrapperObject": "webhook_message_failed_dto_webhook_payload_wrapper_object",
    "WebhookMessageFailedDtoWebhookPayloadWrapperType": "webhook_message_failed_dto_webhook_payload_wrapper_type",
    "WebhookPreferenceDto": "webhook_preference_dto",
    "WebhookPreferenceDtoObject": "webhook_preference_dto_object",
    "WebhookPreferenceDtoWebhookPayloadWrapper": "webhook_preference_dto_webhook_payload_wrapper",
    "WebhookPreferenceDtoWebhookPayloadWrapperObject": "webhook_preference_dto_webhook_payload_wrapper_object",
    "WebhookPreferenceDtoWebhookPayloadWrapperType": "webhook_preference_dto_webhook_payload_wrapper_type",
    "WebhookResultDto": "webhook_result_dto",
    "WebhookUpdatedWorkflowDto": "webhook_updated_workflow_dto",
    "WebhookUpdatedWorkflowDtoWebhookPayloadWrapper": "webhook_updated_workflow_dto_webhook_payload_wrapper",
    "WebhookUpdatedWorkflowDtoWebhookPayloadWrapperObject": "webhook_updated_workflow_dto_webhook_payload_wrapper_object",
    "WebhookUpdatedWorkflowDtoWebhookPayloadWrapperType": "webhook_updated_workflow_dto_webhook_payload_wrapper_type",
    "WeeklyScheduleDto": "weekly_schedule_dto",
    "WorkflowCreatedEvent": "workflow_created_event",
    "WorkflowCreatedEventObject": "workflow_created_event_object",
    "WorkflowCreationSourceEnum": "workflow_creation_source_enum",
    "WorkflowDeletedEvent": "workflow_deleted_event",
    "WorkflowDeletedEventObject": "workflow_deleted_event_object",
    "WorkflowDto": "workflow_dto",
    "WorkflowDtoData": "workflow_dto_data",
    "WorkflowInfoDto": "workflow_info_dto",
    "WorkflowListResponseDto": "workflow_list_response_dto",
    "WorkflowPreferenceDto": "workflow_preference_dto",
    "WorkflowPreferenceRequestDto": "workflow_preference_request_dto",
    "WorkflowPreferenceRequestDtoCondition": "workflow_preference_request_dto_condition",
    "WorkflowPreferencesDto": "workflow_preferences_dto",
    "WorkflowPreferencesDtoChannels": "workflow_preferences_dto_channels",
    "WorkflowPreferencesResponseDto": "workflow_preferences_response_dto",
    "WorkflowPublishedEvent": "workflow_published_event",
    "WorkflowPublishedEventObject": "workflow_published_event_object",
    "WorkflowResponse": "workflow_response",
    "WorkflowResponseData": "workflow_response_data",
    "WorkflowResponseDto": "workflow_response_dto",
    "WorkflowResponseDtoIssues": "workflow_response_dto_issues",
    "WorkflowResponseDtoPayloadExample": "workflow_response_dto_payload_example",
    "WorkflowResponseDtoPayloadSchema": "workflow_response_dto_payload_schema",
    "WorkflowResponseDtoSortField": "workflow_response_dto_sort_field",
    "WorkflowResponseWorkflowIntegrationStatus": "workflow_response_workflow_integration_status",
    "WorkflowRunStepsDetailsDto": "workflow_run_steps_details_dto",
    "WorkflowRunStepsDetailsDtoStatus": "workflow_run_steps_details_dto_status",
    "WorkflowStatusEnum": "workflow_status_enum",
    "WorkflowUpdatedEvent": "workflow_updated_event",
    "WorkflowUpdatedEventObject": "workflow_updated_event_object",
    "WorkspaceDto": "workspace_dto",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from .action_dto import ActionDto as ActionDto
    from .activities_response_dto import ActivitiesResponseDto as ActivitiesResponseDto
    from .activity_notification_execution_detail_response_dto import (
        ActivityNotificationExecutionDetailResponseDto as ActivityNotificationExecutionDetailResponseDto,
    )
    from .activity_notification_job_response_dto import (
        ActivityNotificationJobResponseDto as ActivityNotificationJobResponseDto,
    )
    from .activity_notification_job_response_dto_overrides import (
        ActivityNotificationJobResponseDtoOverrides as ActivityNotificationJobResponseDtoOverrides,
    )
    from .activity_notification_job_response_dto_payload import (
        ActivityNotificationJobResponseDtoPayload as ActivityNotificationJobResponseDtoPayload,
    )
    from .activity_notification_job_response_dto_type import (
        ActivityNotificationJobResponseDtoType as ActivityNotificationJobResponseDtoType,
    )
    from .activity_notification_response_dto import (
        ActivityNotificationResponseDto as ActivityNotificationResponseDto,
    )
    from .activity_notification_response_dto_controls import (
        ActivityNotificationResponseDtoControls as ActivityNotificationResponseDtoControls,
    )
    from .activity_notification_response_dto_payload import (
        ActivityNotificationResponseDtoPayload as ActivityNotificationResponseDtoPayload,
    )
    from .activity_notification_response_dto_to import (
        ActivityNotificationResponseDtoTo as ActivityNotificationResponseDtoTo,
    )
    from .activity_notification_step_response_dto import (
        ActivityNotificationStepResponseDto as ActivityNotificationStepResponseDto,
    )
    from .activity_notification_step_response_dto_control_variables import (
        ActivityNotificationStepResponseDtoControlVariables as ActivityNotificationStepResponseDtoControlVariables,
    )
    from .activity_notification_step_response_dto_issues import (
        ActivityNotificationStepResponseDtoIssues as ActivityNotificationStepResponseDtoIssues,
    )
    from .activity_notification_step_response_dto_metadata import (
        ActivityNotificationStepResponseDtoMetadata as ActivityNotificationStepResponseDtoMetadata,
    )
    from .activity_notification_step_response_dto_reply_callback import (
        ActivityNotificationStepResponseDtoReplyCallback as ActivityNotificationStepResponseDtoReplyCallback,
    )
    from .activity_notification_subscriber_response_dto import (
        ActivityNotificationSubscriberResponseDto as ActivityNotificationSubscriberResponseDto,
    )
    from .activity_notification_template_response_dto import (
        ActivityNotificationTemplateResponseDto as ActivityNotificationTemplateResponseDto,
    )
    from .activity_topic_dto import ActivityTopicDto as ActivityTopicDto
    from .actor_feed_item_dto import ActorFeedItemDto as ActorFeedItemDto
    from .actor_type_enum import ActorTypeEnum as ActorTypeEnum
    from .add_agent_integration_request_dto import (
        AddAgentIntegrationRequestDto as AddAgentIntegrationRequestDto,
    )
    from .add_reaction_payload_dto import AddReactionPayloadDto as AddReactionPayloadDto
    from .agent_behavior_dto import AgentBehaviorDto as AgentBehaviorDto
    from .agent_behavior_dto_subscriber_access import (
        AgentBehaviorDtoSubscriberAccess as AgentBehaviorDtoSubscriberAccess,
    )
    from .agent_integration_response_dto import AgentIntegrationResponseDto as AgentIntegrationResponseDto
    from .agent_integration_response_dto_connected_at import (
        AgentIntegrationResponseDtoConnectedAt as AgentIntegrationResponseDtoConnectedAt,
    )
    from .agent_integration_response_integration_dto import (
        AgentIntegrationResponseIntegrationDto as AgentIntegrationResponseIntegrationDto,
    )
    from .agent_integration_summary_dto import AgentIntegrationSummaryDto as AgentIntegrationSummaryDto
    from .agent_integrations_controller_list_agent_integrations_order_direction import (
        AgentIntegrationsControllerListAgentIntegrationsOrderDirection as AgentIntegrationsControllerListAgentIntegrationsOrderDirection,
    )
    from .agent_mcp_server_dto import AgentMcpServerDto as AgentMcpServerDto
    from .agent_plan_usage_dto import AgentPlanUsageDto as AgentPlanUsageDto
    from .agent_plan_usage_dto_limit_source import (
        AgentPlanUsageDtoLimitSource as AgentPlanUsageDtoLimitSource,
    )
    from .agent_reply_payload_dto import AgentReplyPayloadDto as AgentReplyPayloadDto
    from .agent_reply_payload_dto_typing import AgentReplyPayloadDtoTyping as AgentReplyPayloadDtoTyping
    from .agent_response_dto import AgentResponseDto as AgentResponseDto
    from .agent_response_dto_runtime import AgentResponseDtoRuntime as AgentResponseDtoRuntime
    from .agent_response_dto_visibility import AgentResponseDtoVisibility as AgentResponseDtoVisibility
    from .agent_skill_input_dto import AgentSkillInputDto as AgentSkillInputDto
    from .agent_skill_input_dto_type import AgentSkillInputDtoType as AgentSkillInputDtoType
    from .agent_skill_input_dto_version import AgentSkillInputDtoVersion as AgentSkillInputDtoVersion
    from .agent_tool_dto import AgentToolDto as AgentToolDto
    from .agent_tool_dto_type import AgentToolDtoType as AgentToolDtoType
    from .agents_controller_list_agents_order_direction import (
        AgentsControllerListAgentsOrderDirection as AgentsControllerListAgentsOrderDirection,
    )
    from .api_key_dto import ApiKeyDto as ApiKeyDto
    from .auth_dto import AuthDto as AuthDto
    from .auto_configure_integration_response_dto import (
        AutoConfigureIntegrationResponseDto as AutoConfigureIntegrationResponseDto,
    )
    from .auto_configure_integration_response_dto_integration import (
        AutoConfigureIntegrationResponseDtoIntegration as AutoConfigureIntegrationResponseDtoIntegration,
    )
    from .bridge_configuration_dto import BridgeConfigurationDto as BridgeConfigurationDto
    from .builder_field_type_enum import BuilderFieldTypeEnum as BuilderFieldTypeEnum
    from .bulk_create_subscriber_response_dto import (
        BulkCreateSubscriberResponseDto as BulkCreateSubscriberResponseDto,
    )
    from .bulk_subscriber_create_dto import BulkSubscriberCreateDto as BulkSubscriberCreateDto
    from .bulk_trigger_event_dto import BulkTriggerEventDto as BulkTriggerEventDto
    from .bulk_update_subscriber_preference_item_dto import (
        BulkUpdateSubscriberPreferenceItemDto as BulkUpdateSubscriberPreferenceItemDto,
    )
    from .bulk_update_subscriber_preferences_dto import (
        BulkUpdateSubscriberPreferencesDto as BulkUpdateSubscriberPreferencesDto,
    )
    from .bulk_update_subscriber_preferences_dto_context import (
        BulkUpdateSubscriberPreferencesDtoContext as BulkUpdateSubscriberPreferencesDtoContext,
    )
    from .button_type_enum import ButtonTypeEnum as ButtonTypeEnum
    from .card_reply_content_dto import CardReplyContentDto as CardReplyContentDto
    from .card_reply_content_dto_card import CardReplyContentDtoCard as CardReplyContentDtoCard
    from .channel_connections_controller_list_channel_connections_channel import (
        ChannelConnectionsControllerListChannelConnectionsChannel as ChannelConnectionsControllerListChannelConnectionsChannel,
    )
    from .channel_connections_controller_list_channel_connections_order_direction import (
        ChannelConnectionsControllerListChannelConnectionsOrderDirection as ChannelConnectionsControllerListChannelConnectionsOrderDirection,
    )
    from .channel_credentials import ChannelCredentials as ChannelCredentials
    from .channel_credentials_dto import ChannelCredentialsDto as ChannelCredentialsDto
    from .channel_cta_type_enum import ChannelCTATypeEnum as ChannelCTATypeEnum
    from .channel_endpoints_controller_list_channel_endpoints_channel import (
        ChannelEndpointsControllerListChannelEndpointsChannel as ChannelEndpointsControllerListChannelEndpointsChannel,
    )
    from .channel_endpoints_controller_list_channel_endpoints_order_direction import (
        ChannelEndpointsControllerListChannelEndpointsOrderDirection as ChannelEndpointsControllerListChannelEndpointsOrderDirection,
    )
    from .channel_overrides import ChannelOverrides as ChannelOverrides
    from .channel_preference_dto import ChannelPreferenceDto as ChannelPreferenceDto
    from .channel_settings_dto import ChannelSettingsDto as ChannelSettingsDto
    from .channel_type_enum import ChannelTypeEnum as ChannelTypeEnum
    from .chat_control_dto import ChatControlDto as ChatControlDto
    from .chat_control_dto_skip import ChatControlDtoSkip as ChatControlDtoSkip
    from .chat_controls_metadata_response_dto import (
        ChatControlsMetadataResponseDto as ChatControlsMetadataResponseDto,
    )
    from .chat_controls_metadata_response_dto_data_schema import (
        ChatControlsMetadataResponseDtoDataSchema as ChatControlsMetadataResponseDtoDataSchema,
    )
    from .chat_or_push_provider_enum import ChatOrPushProviderEnum as ChatOrPushProviderEnum
    from .chat_render_output import ChatRenderOutput as ChatRenderOutput
    from .chat_step_response_dto import ChatStepResponseDto as ChatStepResponseDto
    from .chat_step_response_dto_variables import ChatStepResponseDtoVariables as ChatStepResponseDtoVariables
    from .chat_step_upsert_dto import ChatStepUpsertDto as ChatStepUpsertDto
    from .chat_step_upsert_dto_control_values import (
        ChatStepUpsertDtoControlValues as ChatStepUpsertDtoControlValues,
    )
    from .configurations_dto import ConfigurationsDto as ConfigurationsDto
    from .configure_telegram_webhook_response_dto import (
        ConfigureTelegramWebhookResponseDto as ConfigureTelegramWebhookResponseDto,
    )
    from .constraint_validation import ConstraintValidation as ConstraintValidation
    from .constraint_validation_value import ConstraintValidationValue as ConstraintValidationValue
    from .constraint_validation_value_item import (
        ConstraintValidationValueItem as ConstraintValidationValueItem,
    )
    from .content_issue_enum import ContentIssueEnum as ContentIssueEnum
    from .context_additional_property import ContextAdditionalProperty as ContextAdditionalProperty
    from .context_additional_property_data import (
        ContextAdditionalPropertyData as ContextAdditionalPropertyData,
    )
    from .contexts_controller_list_contexts_order_direction import (
        ContextsControllerListContextsOrderDirection as ContextsControllerListContextsOrderDirection,
    )
    from .controls_metadata_dto import ControlsMetadataDto as ControlsMetadataDto
    from .controls_metadata_dto_data_schema import (
        ControlsMetadataDtoDataSchema as ControlsMetadataDtoDataSchema,
    )
    from .create_agent_request_dto import CreateAgentRequestDto as CreateAgentRequestDto
    from .create_agent_request_dto_runtime import CreateAgentRequestDtoRuntime as CreateAgentRequestDtoRuntime
    from .create_channel_connection_request_dto import (
        CreateChannelConnectionRequestDto as CreateChannelConnectionRequestDto,
    )
    from .create_channel_connection_request_dto_connection_mode import (
        CreateChannelConnectionRequestDtoConnectionMode as CreateChannelConnectionRequestDtoConnectionMode,
    )
    from .create_channel_connection_request_dto_context import (
        CreateChannelConnectionRequestDtoContext as CreateChannelConnectionRequestDtoContext,
    )
    from .create_context_request_dto import CreateContextRequestDto as CreateContextRequestDto
    from .create_context_request_dto_data import CreateContextRequestDtoData as CreateContextRequestDtoData
    from .create_domain_connect_apply_url_dto import (
        CreateDomainConnectApplyUrlDto as CreateDomainConnectApplyUrlDto,
    )
    from .create_domain_dto import CreateDomainDto as CreateDomainDto
    from .create_domain_dto_data import CreateDomainDtoData as CreateDomainDtoData
    from .create_environment_request_dto import CreateEnvironmentRequestDto as CreateEnvironmentRequestDto
    from .create_environment_variable_request_dto import (
        CreateEnvironmentVariableRequestDto as CreateEnvironmentVariableRequestDto,
    )
    from .create_environment_variable_request_dto_type import (
        CreateEnvironmentVariableRequestDtoType as CreateEnvironmentVariableRequestDtoType,
    )
    from .create_integration_request_dto import CreateIntegrationRequestDto as CreateIntegrationRequestDto
    from .create_integration_request_dto_channel import (
        CreateIntegrationRequestDtoChannel as CreateIntegrationRequestDtoChannel,
    )
    from .create_integration_request_dto_configurations import (
        CreateIntegrationRequestDtoConfigurations as CreateIntegrationRequestDtoConfigurations,
    )
    from .create_integration_request_dto_kind import (
        CreateIntegrationRequestDtoKind as CreateIntegrationRequestDtoKind,
    )
    from .create_layout_dto import CreateLayoutDto as CreateLayoutDto
    from .create_line_user_endpoint_dto import CreateLineUserEndpointDto as CreateLineUserEndpointDto
    from .create_line_user_endpoint_dto_context import (
        CreateLineUserEndpointDtoContext as CreateLineUserEndpointDtoContext,
    )
    from .create_line_user_endpoint_dto_type import (
        CreateLineUserEndpointDtoType as CreateLineUserEndpointDtoType,
    )
    from .create_ms_teams_channel_endpoint_dto import (
        CreateMsTeamsChannelEndpointDto as CreateMsTeamsChannelEndpointDto,
    )
    from .create_ms_teams_channel_endpoint_dto_context import (
        CreateMsTeamsChannelEndpointDtoContext as CreateMsTeamsChannelEndpointDtoContext,
    )
    from .create_ms_teams_channel_endpoint_dto_type import (
        CreateMsTeamsChannelEndpointDtoType as CreateMsTeamsChannelEndpointDtoType,
    )
    from .create_ms_teams_user_endpoint_dto import (
        CreateMsTeamsUserEndpointDto as CreateMsTeamsUserEndpointDto,
    )
    from .create_ms_teams_user_endpoint_dto_context import (
        CreateMsTeamsUserEndpointDtoContext as CreateMsTeamsUserEndpointDtoContext,
    )
    from .create_ms_teams_user_endpoint_dto_type import (
        CreateMsTeamsUserEndpointDtoType as CreateMsTeamsUserEndpointDtoType,
    )
    from .create_phone_endpoint_dto import CreatePhoneEndpointDto as CreatePhoneEndpointDto
    from .create_phone_endpoint_dto_context import (
        CreatePhoneEndpointDtoContext as CreatePhoneEndpointDtoContext,
    )
    from .create_phone_endpoint_dto_type import CreatePhoneEndpointDtoType as CreatePhoneEndpointDtoType
    from .create_slack_channel_endpoint_dto import (
        CreateSlackChannelEndpointDto as CreateSlackChannelEndpointDto,
    )
    from .create_slack_channel_endpoint_dto_context import (
        CreateSlackChannelEndpointDtoContext as CreateSlackChannelEndpointDtoContext,
    )
    from .create_slack_channel_endpoint_dto_type import (
        CreateSlackChannelEndpointDtoType as CreateSlackChannelEndpointDtoType,
    )
    from .create_slack_user_endpoint_dto import CreateSlackUserEndpointDto as CreateSlackUserEndpointDto
    from .create_slack_user_endpoint_dto_context import (
        CreateSlackUserEndpointDtoContext as CreateSlackUserEndpointDtoContext,
    )
    from .create_slack_user_endpoint_dto_type import (
        CreateSlackUserEndpointDtoType as CreateSlackUserEndpointDtoType,
    )
    from .create_subscriber_request_dto import CreateSubscriberRequestDto as CreateSubscriberRequestDto
    from .create_subscriber_request_dto_data import (
        CreateSubscriberRequestDtoData as CreateSubscriberRequestDtoData,
    )
    from .create_subscriptions_response_dto import (
        CreateSubscriptionsResponseDto as CreateSubscriptionsResponseDto,
    )
    from .create_telegram_chat_endpoint_dto import (
        CreateTelegramChatEndpointDto as CreateTelegramChatEndpointDto,
    )
    from .create_telegram_chat_endpoint_dto_context import (
        CreateTelegramChatEndpointDtoContext as CreateTelegramChatEndpointDtoContext,
    )
    from .create_telegram_chat_endpoint_dto_type import (
        CreateTelegramChatEndpointDtoType as CreateTelegramChatEndpointDtoType,
    )
    from .create_topic_subscriptions_request_dto import (
        CreateTopicSubscriptionsRequestDto as CreateTopicSubscriptionsRequestDto,
    )
    from .create_topic_subscriptions_request_dto_context import (
        CreateTopicSubscriptionsRequestDtoContext as CreateTopicSubscriptionsRequestDtoContext,
    )
    from .create_translation_request_dto import CreateTranslationRequestDto as CreateTranslationRequestDto
    from .create_translation_request_dto_content import (
        CreateTranslationRequestDtoContent as CreateTranslationRequestDtoContent,
    )
    from .create_translation_request_dto_resource_type import (
        CreateTranslationRequestDtoResourceType as CreateTranslationRequestDtoResourceType,
    )
    from .create_update_topic_request_dto import CreateUpdateTopicRequestDto as CreateUpdateTopicRequestDto
    from .create_webex_person_endpoint_dto import CreateWebexPersonEndpointDto as CreateWebexPersonEndpointDto
    from .create_webex_person_endpoint_dto_context import (
        CreateWebexPersonEndpointDtoContext as CreateWebexPersonEndpointDtoContext,
    )
    from .create_webex_person_endpoint_dto_type import (
        CreateWebexPersonEndpointDtoType as CreateWebexPersonEndpointDtoType,
    )
    from .create_webex_room_endpoint_dto import CreateWebexRoomEndpointDto as CreateWebexRoomEndpointDto
    from .create_webex_room_endpoint_dto_context import (
        CreateWebexRoomEndpointDtoContext as CreateWebexRoomEndpointDtoContext,
    )
    from .create_webex_room_endpoint_dto_type import (
        CreateWebexRoomEndpointDtoType as CreateWebexRoomEndpointDtoType,
    )
    from .create_webhook_endpoint_dto import CreateWebhookEndpointDto as CreateWebhookEndpointDto
    from .create_webhook_endpoint_dto_context import (
        CreateWebhookEndpointDtoContext as CreateWebhookEndpointDtoContext,
    )
    from .create_webhook_endpoint_dto_type import CreateWebhookEndpointDtoType as CreateWebhookEndpointDtoType
    from .create_workflow_dto import CreateWorkflowDto as CreateWorkflowDto
    from .create_workflow_dto_payload_schema import (
        CreateWorkflowDtoPayloadSchema as CreateWorkflowDtoPayloadSchema,
    )
    from .created_subscriber_dto import CreatedSubscriberDto as CreatedSubscriberDto
    from .credentials_dto import CredentialsDto as CredentialsDto
    from .credentials_dto_tls_options import CredentialsDtoTlsOptions as CredentialsDtoTlsOptions
    from .custom_control_dto import CustomControlDto as CustomControlDto
    from .custom_control_dto_custom import CustomControlDtoCustom as CustomControlDtoCustom
    from .custom_controls_metadata_response_dto import (
        CustomControlsMetadataResponseDto as CustomControlsMetadataResponseDto,
    )
    from .custom_controls_metadata_response_dto_data_schema import (
        CustomControlsMetadataResponseDtoDataSchema as CustomControlsMetadataResponseDtoDataSchema,
    )
    from .custom_step_response_dto import CustomStepResponseDto as CustomStepResponseDto
    from .custom_step_response_dto_variables import (
        CustomStepResponseDtoVariables as CustomStepResponseDtoVariables,
    )
    from .custom_step_upsert_dto import CustomStepUpsertDto as CustomStepUpsertDto
    from .custom_step_upsert_dto_control_values import (
        CustomStepUpsertDtoControlValues as CustomStepUpsertDtoControlValues,
    )
    from .data_wrapper_dto import DataWrapperDto as DataWrapperDto
    from .data_wrapper_dto_data import DataWrapperDtoData as DataWrapperDtoData
    from .day_schedule_dto import DayScheduleDto as DayScheduleDto
    from .delay_control_dto import DelayControlDto as DelayControlDto
    from .delay_control_dto_skip import DelayControlDtoSkip as DelayControlDtoSkip
    from .delay_control_dto_type import DelayControlDtoType as DelayControlDtoType
    from .delay_control_dto_unit import DelayControlDtoUnit as DelayControlDtoUnit
    from .delay_controls_metadata_response_dto import (
        DelayControlsMetadataResponseDto as DelayControlsMetadataResponseDto,
    )
    from .delay_controls_metadata_response_dto_data_schema import (
        DelayControlsMetadataResponseDtoDataSchema as DelayControlsMetadataResponseDtoDataSchema,
    )
    from .delay_regular_metadata import DelayRegularMetadata as DelayRegularMetadata
    from .delay_regular_metadata_type import DelayRegularMetadataType as DelayRegularMetadataType
    from .delay_regular_metadata_unit import DelayRegularMetadataUnit as DelayRegularMetadataUnit
    from .delay_render_output import DelayRenderOutput as DelayRenderOutput
    from .delay_scheduled_metadata import DelayScheduledMetadata as DelayScheduledMetadata
    from .delay_scheduled_metadata_type import DelayScheduledMetadataType as DelayScheduledMetadataType
    from .delay_step_response_dto import DelayStepResponseDto as DelayStepResponseDto
    from .delay_step_response_dto_variables import (
        DelayStepResponseDtoVariables as DelayStepResponseDtoVariables,
    )
    from .delay_step_upsert_dto import DelayStepUpsertDto as DelayStepUpsertDto
    from .delay_step_upsert_dto_control_values import (
        DelayStepUpsertDtoControlValues as DelayStepUpsertDtoControlValues,
    )
    from .delete_message_payload_dto import DeleteMessagePayloadDto as DeleteMessagePayloadDto
    from .delete_message_response_dto import DeleteMessageResponseDto as DeleteMessageResponseDto
    from .delete_message_response_dto_status import (
        DeleteMessageResponseDtoStatus as DeleteMessageResponseDtoStatus,
    )
    from .delete_topic_response_dto import DeleteTopicResponseDto as DeleteTopicResponseDto
    from .delete_topic_subscriber_identifier_dto import (
        DeleteTopicSubscriberIdentifierDto as DeleteTopicSubscriberIdentifierDto,
    )
    from .delete_topic_subscriptions_request_dto import (
        DeleteTopicSubscriptionsRequestDto as DeleteTopicSubscriptionsRequestDto,
    )
    from .delete_topic_subscriptions_response_dto import (
        DeleteTopicSubscriptionsResponseDto as DeleteTopicSubscriptionsResponseDto,
    )
    from .dependency_reason_enum import DependencyReasonEnum as DependencyReasonEnum
    from .diagnose_domain_response_dto import DiagnoseDomainResponseDto as DiagnoseDomainResponseDto
    from .diff_action_enum import DiffActionEnum as DiffActionEnum
    from .diff_environment_request_dto import DiffEnvironmentRequestDto as DiffEnvironmentRequestDto
    from .diff_environment_response_dto import DiffEnvironmentResponseDto as DiffEnvironmentResponseDto
    from .diff_summary_dto import DiffSummaryDto as DiffSummaryDto
    from .digest_control_dto import DigestControlDto as DigestControlDto
    from .digest_control_dto_skip import DigestControlDtoSkip as DigestControlDtoSkip
    from .digest_control_dto_type import DigestControlDtoType as DigestControlDtoType
    from .digest_control_dto_unit import DigestControlDtoUnit as DigestControlDtoUnit
    from .digest_controls_metadata_response_dto import (
        DigestControlsMetadataResponseDto as DigestControlsMetadataResponseDto,
    )
    from .digest_controls_metadata_response_dto_data_schema import (
        DigestControlsMetadataResponseDtoDataSchema as DigestControlsMetadataResponseDtoDataSchema,
    )
    from .digest_metadata_dto import DigestMetadataDto as DigestMetadataDto
    from .digest_metadata_dto_events_item import DigestMetadataDtoEventsItem as DigestMetadataDtoEventsItem
    from .digest_metadata_dto_unit import DigestMetadataDtoUnit as DigestMetadataDtoUnit
    from .digest_regular_metadata import DigestRegularMetadata as DigestRegularMetadata
    from .digest_regular_metadata_backoff_unit import (
        DigestRegularMetadataBackoffUnit as DigestRegularMetadataBackoffUnit,
    )
    from .digest_regular_metadata_type import DigestRegularMetadataType as DigestRegularMetadataType
    from .digest_regular_metadata_unit import DigestRegularMetadataUnit as DigestRegularMetadataUnit
    from .digest_regular_output import DigestRegularOutput as DigestRegularOutput
    from .digest_regular_output_look_back_window import (
        DigestRegularOutputLookBackWindow as DigestRegularOutputLookBackWindow,
    )
    from .digest_step_response_dto import DigestStepResponseDto as DigestStepResponseDto
    from .digest_step_response_dto_variables import (
        DigestStepResponseDtoVariables as DigestStepResponseDtoVariables,
    )
    from .digest_step_upsert_dto import DigestStepUpsertDto as DigestStepUpsertDto
    from .digest_step_upsert_dto_control_values import (
        DigestStepUpsertDtoControlValues as DigestStepUpsertDtoControlValues,
    )
    from .digest_timed_config_dto import DigestTimedConfigDto as DigestTimedConfigDto
    from .digest_timed_config_dto_week_days_item import (
        DigestTimedConfigDtoWeekDaysItem as DigestTimedConfigDtoWeekDaysItem,
    )
    from .digest_timed_metadata import DigestTimedMetadata as DigestTimedMetadata
    from .digest_timed_metadata_type import DigestTimedMetadataType as DigestTimedMetadataType
    from .digest_timed_metadata_unit import DigestTimedMetadataUnit as DigestTimedMetadataUnit
    from .digest_timed_output import DigestTimedOutput as DigestTimedOutput
    from .digest_type_enum import DigestTypeEnum as DigestTypeEnum
    from .digest_unit_enum import DigestUnitEnum as DigestUnitEnum
    from .direction_enum import DirectionEnum as DirectionEnum
    from .domain_connect_apply_url_response_dto import (
        DomainConnectApplyUrlResponseDto as DomainConnectApplyUrlResponseDto,
    )
    from .domain_connect_status_response_dto import (
        DomainConnectStatusResponseDto as DomainConnectStatusResponseDto,
    )
    from .domain_connect_status_response_dto_reason_code import (
        DomainConnectStatusResponseDtoReasonCode as DomainConnectStatusResponseDtoReasonCode,
    )
    from .domain_diagnostic_check_dto import DomainDiagnosticCheckDto as DomainDiagnosticCheckDto
    from .domain_diagnostic_check_dto_code import DomainDiagnosticCheckDtoCode as DomainDiagnosticCheckDtoCode
    from .domain_diagnostic_check_dto_status import (
        DomainDiagnosticCheckDtoStatus as DomainDiagnosticCheckDtoStatus,
    )
    from .domain_diagnostic_issue_dto import DomainDiagnosticIssueDto as DomainDiagnosticIssueDto
    from .domain_diagnostic_issue_dto_code import DomainDiagnosticIssueDtoCode as DomainDiagnosticIssueDtoCode
    from .domain_diagnostic_issue_dto_severity import (
        DomainDiagnosticIssueDtoSeverity as DomainDiagnosticIssueDtoSeverity,
    )
    from .domain_response_dto import DomainResponseDto as DomainResponseDto
    from .domain_response_dto_data import DomainResponseDtoData as DomainResponseDtoData
    from .domain_response_dto_status import DomainResponseDtoStatus as DomainResponseDtoStatus
    from .domain_route_dto import DomainRouteDto as DomainRouteDto
    from .domain_route_dto_data import DomainRouteDtoData as DomainRouteDtoData
    from .domain_route_dto_type import DomainRouteDtoType as DomainRouteDtoType
    from .domain_route_response_dto import DomainRouteResponseDto as DomainRouteResponseDto
    from .domain_route_response_dto_data import DomainRouteResponseDtoData as DomainRouteResponseDtoData
    from .domain_route_response_dto_type import DomainRouteResponseDtoType as DomainRouteResponseDtoType
    from .domains_controller_list_domain_routes_order_direction import (
        DomainsControllerListDomainRoutesOrderDirection as DomainsControllerListDomainRoutesOrderDirection,
    )
    from .domains_controller_list_domains_order_direction import (
        DomainsControllerListDomainsOrderDirection as DomainsControllerListDomainsOrderDirection,
    )
    from .duplicate_layout_dto import DuplicateLayoutDto as DuplicateLayoutDto
    from .duplicate_workflow_dto import DuplicateWorkflowDto as DuplicateWorkflowDto
    from .edit_payload_dto import EditPayloadDto as EditPayloadDto
    from .email_block import EmailBlock as EmailBlock
    from .email_block_styles import EmailBlockStyles as EmailBlockStyles
    from .email_block_type_enum import EmailBlockTypeEnum as EmailBlockTypeEnum
    from .email_channel_overrides import EmailChannelOverrides as EmailChannelOverrides
    from .email_control_dto import EmailControlDto as EmailControlDto
    from .email_control_dto_editor_type import EmailControlDtoEditorType as EmailControlDtoEditorType
    from .email_control_dto_skip import EmailControlDtoSkip as EmailControlDtoSkip
    from .email_controls_dto import EmailControlsDto as EmailControlsDto
    from .email_controls_dto_editor_type import EmailControlsDtoEditorType as EmailControlsDtoEditorType
    from .email_controls_metadata_response_dto import (
        EmailControlsMetadataResponseDto as EmailControlsMetadataResponseDto,
    )
    from .email_controls_metadata_response_dto_data_schema import (
        EmailControlsMetadataResponseDtoDataSchema as EmailControlsMetadataResponseDtoDataSchema,
    )
    from .email_layout_render_output import EmailLayoutRenderOutput as EmailLayoutRenderOutput
    from .email_received_event import EmailReceivedEvent as EmailReceivedEvent
    from .email_received_event_object import EmailReceivedEventObject as EmailReceivedEventObject
    from .email_render_output import EmailRenderOutput as EmailRenderOutput
    from .email_step_response_dto import EmailStepResponseDto as EmailStepResponseDto
    from .email_step_response_dto_variables import (
        EmailStepResponseDtoVariables as EmailStepResponseDtoVariables,
    )
    from .email_step_upsert_dto import EmailStepUpsertDto as EmailStepUpsertDto
    from .email_step_upsert_dto_control_values import (
        EmailStepUpsertDtoControlValues as EmailStepUpsertDtoControlValues,
    )
    from .environment_diff_summary_dto import EnvironmentDiffSummaryDto as EnvironmentDiffSummaryDto
    from .environment_response_dto import EnvironmentResponseDto as EnvironmentResponseDto
    from .environment_response_dto_type import EnvironmentResponseDtoType as EnvironmentResponseDtoType
    from .environment_variable_response_dto import (
        EnvironmentVariableResponseDto as EnvironmentVariableResponseDto,
    )
    from .environment_variable_response_dto_type import (
        EnvironmentVariableResponseDtoType as EnvironmentVariableResponseDtoType,
    )
    from .environment_variable_value_dto import EnvironmentVariableValueDto as EnvironmentVariableValueDto
    from .environment_variable_value_response_dto import (
        EnvironmentVariableValueResponseDto as EnvironmentVariableValueResponseDto,
    )
    from .environment_variable_workflow_info_dto import (
        EnvironmentVariableWorkflowInfoDto as EnvironmentVariableWorkflowInfoDto,
    )
    from .error_dto import ErrorDto as ErrorDto
    from .error_dto_ctx import ErrorDtoCtx as ErrorDtoCtx
    from .error_dto_message import ErrorDtoMessage as ErrorDtoMessage
    from .error_dto_message_item import ErrorDtoMessageItem as ErrorDtoMessageItem
    from .event_body import EventBody as EventBody
    from .event_body_status import EventBodyStatus as EventBodyStatus
    from .execution_details_source_enum import ExecutionDetailsSourceEnum as ExecutionDetailsSourceEnum
    from .execution_details_status_enum import ExecutionDetailsStatusEnum as ExecutionDetailsStatusEnum
    from .expected_dns_record_dto import ExpectedDnsRecordDto as ExpectedDnsRecordDto
    from .failed_operation_dto import FailedOperationDto as FailedOperationDto
    from .failed_workflow_dto import FailedWorkflowDto as FailedWorkflowDto
    from .feed_response_dto import FeedResponseDto as FeedResponseDto
    from .field_filter_part_dto import FieldFilterPartDto as FieldFilterPartDto
    from .field_filter_part_dto_on import FieldFilterPartDtoOn as FieldFilterPartDtoOn
    from .field_filter_part_dto_operator import FieldFilterPartDtoOperator as FieldFilterPartDtoOperator
    from .file_ref_dto import FileRefDto as FileRefDto
    from .generate_chat_o_auth_url_response_dto import (
        GenerateChatOAuthUrlResponseDto as GenerateChatOAuthUrlResponseDto,
    )
    from .generate_chat_oauth_url_request_dto import (
        GenerateChatOauthUrlRequestDto as GenerateChatOauthUrlRequestDto,
    )
    from .generate_chat_oauth_url_request_dto_connection_mode import (
        GenerateChatOauthUrlRequestDtoConnectionMode as GenerateChatOauthUrlRequestDtoConnectionMode,
    )
    from .generate_chat_oauth_url_request_dto_context import (
        GenerateChatOauthUrlRequestDtoContext as GenerateChatOauthUrlRequestDtoContext,
    )
    from .generate_chat_oauth_url_request_dto_mode import (
        GenerateChatOauthUrlRequestDtoMode as GenerateChatOauthUrlRequestDtoMode,
    )
    from .generate_connect_oauth_url_request_dto import (
        GenerateConnectOauthUrlRequestDto as GenerateConnectOauthUrlRequestDto,
    )
    from .generate_connect_oauth_url_request_dto_connection_mode import (
        GenerateConnectOauthUrlRequestDtoConnectionMode as GenerateConnectOauthUrlRequestDtoConnectionMode,
    )
    from .generate_connect_oauth_url_request_dto_context import (
        GenerateConnectOauthUrlRequestDtoContext as GenerateConnectOauthUrlRequestDtoContext,
    )
    from .generate_layout_preview_response_dto import (
        GenerateLayoutPreviewResponseDto as GenerateLayoutPreviewResponseDto,
    )
    from .generate_layout_preview_response_dto_result_email import (
        GenerateLayoutPreviewResponseDtoResultEmail as GenerateLayoutPreviewResponseDtoResultEmail,
    )
    from .generate_layout_preview_response_dto_result_email_type import (
        GenerateLayoutPreviewResponseDtoResultEmailType as GenerateLayoutPreviewResponseDtoResultEmailType,
    )
    from .generate_layout_preview_response_dto_schema import (
        GenerateLayoutPreviewResponseDtoSchema as GenerateLayoutPreviewResponseDtoSchema,
    )
    from .generate_link_user_oauth_url_request_dto import (
        GenerateLinkUserOauthUrlRequestDto as GenerateLinkUserOauthUrlRequestDto,
    )
    from .generate_link_user_oauth_url_request_dto_context import (
        GenerateLinkUserOauthUrlRequestDtoContext as GenerateLinkUserOauthUrlRequestDtoContext,
    )
    from .generate_preview_request_dto import GeneratePreviewRequestDto as GeneratePreviewRequestDto
    from .generate_preview_request_dto_control_values import (
        GeneratePreviewRequestDtoControlValues as GeneratePreviewRequestDtoControlValues,
    )
    from .generate_preview_response_dto import GeneratePreviewResponseDto as GeneratePreviewResponseDto
    from .generate_preview_response_dto_result import (
        GeneratePreviewResponseDtoResult as GeneratePreviewResponseDtoResult,
    )
    from .generate_preview_response_dto_result_chat import (
        GeneratePreviewResponseDtoResultChat as GeneratePreviewResponseDtoResultChat,
    )
    from .generate_preview_response_dto_result_chat_type import (
        GeneratePreviewResponseDtoResultChatType as GeneratePreviewResponseDtoResultChatType,
    )
    from .generate_preview_response_dto_result_delay import (
        GeneratePreviewResponseDtoResultDelay as GeneratePreviewResponseDtoResultDelay,
    )
    from .generate_preview_response_dto_result_delay_type import (
        GeneratePreviewResponseDtoResultDelayType as GeneratePreviewResponseDtoResultDelayType,
    )
    from .generate_preview_response_dto_result_digest import (
        GeneratePreviewResponseDtoResultDigest as GeneratePreviewResponseDtoResultDigest,
    )
    from .generate_preview_response_dto_result_digest_type import (
        GeneratePreviewResponseDtoResultDigestType as GeneratePreviewResponseDtoResultDigestType,
    )
    from .generate_preview_response_dto_result_email import (
        GeneratePreviewResponseDtoResultEmail as GeneratePreviewResponseDtoResultEmail,
    )
    from .generate_preview_response_dto_result_email_type import (
        GeneratePreviewResponseDtoResultEmailType as GeneratePreviewResponseDtoResultEmailType,
    )
    from .generate_preview_response_dto_result_in_app import (
        GeneratePreviewResponseDtoResultInApp as GeneratePreviewResponseDtoResultInApp,
    )
    from .generate_preview_response_dto_result_in_app_type import (
        GeneratePreviewResponseDtoResultInAppType as GeneratePreviewResponseDtoResultInAppType,
    )
    from .generate_preview_response_dto_result_push import (
        GeneratePreviewResponseDtoResultPush as GeneratePreviewResponseDtoResultPush,
    )
    from .generate_preview_response_dto_result_push_type import (
        GeneratePreviewResponseDtoResultPushType as GeneratePreviewResponseDtoResultPushType,
    )
    from .generate_preview_response_dto_result_sms import (
        GeneratePreviewResponseDtoResultSms as GeneratePreviewResponseDtoResultSms,
    )
    from .generate_preview_response_dto_result_sms_type import (
        GeneratePreviewResponseDtoResultSmsType as GeneratePreviewResponseDtoResultSmsType,
    )
    from .generate_preview_response_dto_schema import (
        GeneratePreviewResponseDtoSchema as GeneratePreviewResponseDtoSchema,
    )
    from .get_channel_connection_response_dto import (
        GetChannelConnectionResponseDto as GetChannelConnectionResponseDto,
    )
    from .get_channel_connection_response_dto_channel import (
        GetChannelConnectionResponseDtoChannel as GetChannelConnectionResponseDtoChannel,
    )
    from .get_channel_connection_response_dto_provider_id import (
        GetChannelConnectionResponseDtoProviderId as GetChannelConnectionResponseDtoProviderId,
    )
    from .get_channel_endpoint_response_dto import (
        GetChannelEndpointResponseDto as GetChannelEndpointResponseDto,
    )
    from .get_channel_endpoint_response_dto_channel import (
        GetChannelEndpointResponseDtoChannel as GetChannelEndpointResponseDtoChannel,
    )
    from .get_channel_endpoint_response_dto_provider_id import (
        GetChannelEndpointResponseDtoProviderId as GetChannelEndpointResponseDtoProviderId,
    )
    from .get_channel_endpoint_response_dto_type import (
        GetChannelEndpointResponseDtoType as GetChannelEndpointResponseDtoType,
    )
    from .get_charts_response_dto import GetChartsResponseDto as GetChartsResponseDto
    from .get_charts_response_dto_data import GetChartsResponseDtoData as GetChartsResponseDtoData
    from .get_context_response_dto import GetContextResponseDto as GetContextResponseDto
    from .get_context_response_dto_data import GetContextResponseDtoData as GetContextResponseDtoData
    from .get_environment_tags_dto import GetEnvironmentTagsDto as GetEnvironmentTagsDto
    from .get_environment_variable_usage_response_dto import (
        GetEnvironmentVariableUsageResponseDto as GetEnvironmentVariableUsageResponseDto,
    )
    from .get_layout_usage_response_dto import GetLayoutUsageResponseDto as GetLayoutUsageResponseDto
    from .get_master_json_response_dto import GetMasterJsonResponseDto as GetMasterJsonResponseDto
    from .get_master_json_response_dto_layouts import (
        GetMasterJsonResponseDtoLayouts as GetMasterJsonResponseDtoLayouts,
    )
    from .get_master_json_response_dto_workflows import (
        GetMasterJsonResponseDtoWorkflows as GetMasterJsonResponseDtoWorkflows,
    )
    from .get_preferences_response_dto import GetPreferencesResponseDto as GetPreferencesResponseDto
    from .get_preferences_response_dto_condition import (
        GetPreferencesResponseDtoCondition as GetPreferencesResponseDtoCondition,
    )
    from .get_request_response_dto import GetRequestResponseDto as GetRequestResponseDto
    from .get_requests_response_dto import GetRequestsResponseDto as GetRequestsResponseDto
    from .get_subscriber_notifications_count_response_dto import (
        GetSubscriberNotificationsCountResponseDto as GetSubscriberNotificationsCountResponseDto,
    )
    from .get_subscriber_notifications_count_response_dto_filter import (
        GetSubscriberNotificationsCountResponseDtoFilter as GetSubscriberNotificationsCountResponseDtoFilter,
    )
    from .get_subscriber_notifications_response_dto import (
        GetSubscriberNotificationsResponseDto as GetSubscriberNotificationsResponseDto,
    )
    from .get_subscriber_notifications_response_dto_filter import (
        GetSubscriberNotificationsResponseDtoFilter as GetSubscriberNotificationsResponseDtoFilter,
    )
    from .get_subscriber_preferences_dto import GetSubscriberPreferencesDto as GetSubscriberPreferencesDto
    from .get_workflow_run_response_dto import GetWorkflowRunResponseDto as GetWorkflowRunResponseDto
    from .get_workflow_run_response_dto_delivery_lifecycle_status import (
        GetWorkflowRunResponseDtoDeliveryLifecycleStatus as GetWorkflowRunResponseDtoDeliveryLifecycleStatus,
    )
    from .get_workflow_run_response_dto_overrides import (
        GetWorkflowRunResponseDtoOverrides as GetWorkflowRunResponseDtoOverrides,
    )
    from .get_workflow_run_response_dto_payload import (
        GetWorkflowRunResponseDtoPayload as GetWorkflowRunResponseDtoPayload,
    )
    from .get_workflow_run_response_dto_severity import (
        GetWorkflowRunResponseDtoSeverity as GetWorkflowRunResponseDtoSeverity,
    )
    from .get_workflow_run_response_dto_status import (
        GetWorkflowRunResponseDtoStatus as GetWorkflowRunResponseDtoStatus,
    )
    from .get_workflow_runs_dto import GetWorkflowRunsDto as GetWorkflowRunsDto
    from .get_workflow_runs_dto_delivery_lifecycle_status import (
        GetWorkflowRunsDtoDeliveryLifecycleStatus as GetWorkflowRunsDtoDeliveryLifecycleStatus,
    )
    from .get_workflow_runs_dto_severity import GetWorkflowRunsDtoSeverity as GetWorkflowRunsDtoSeverity
    from .get_workflow_runs_dto_status import GetWorkflowRunsDtoStatus as GetWorkflowRunsDtoStatus
    from .get_workflow_runs_response_dto import GetWorkflowRunsResponseDto as GetWorkflowRunsResponseDto
    from .get_workflow_runs_response_dto_next import (
        GetWorkflowRunsResponseDtoNext as GetWorkflowRunsResponseDtoNext,
    )
    from .get_workflow_runs_response_dto_previous import (
        GetWorkflowRunsResponseDtoPrevious as GetWorkflowRunsResponseDtoPrevious,
    )
    from .group_preference_filter_details_dto import (
        GroupPreferenceFilterDetailsDto as GroupPreferenceFilterDetailsDto,
    )
    from .group_preference_filter_dto import GroupPreferenceFilterDto as GroupPreferenceFilterDto
    from .group_preference_filter_dto_condition import (
        GroupPreferenceFilterDtoCondition as GroupPreferenceFilterDtoCondition,
    )
    from .http_method_enum import HttpMethodEnum as HttpMethodEnum
    from .http_request_control_dto import HttpRequestControlDto as HttpRequestControlDto
    from .http_request_control_dto_response_body_schema import (
        HttpRequestControlDtoResponseBodySchema as HttpRequestControlDtoResponseBodySchema,
    )
    from .http_request_controls_metadata_response_dto import (
        HttpRequestControlsMetadataResponseDto as HttpRequestControlsMetadataResponseDto,
    )
    from .http_request_controls_metadata_response_dto_data_schema import (
        HttpRequestControlsMetadataResponseDtoDataSchema as HttpRequestControlsMetadataResponseDtoDataSchema,
    )
    from .http_request_key_value_pair_dto import HttpRequestKeyValuePairDto as HttpRequestKeyValuePairDto
    from .http_request_step_response_dto import HttpRequestStepResponseDto as HttpRequestStepResponseDto
    from .http_request_step_response_dto_variables import (
        HttpRequestStepResponseDtoVariables as HttpRequestStepResponseDtoVariables,
    )
    from .http_request_step_upsert_dto import HttpRequestStepUpsertDto as HttpRequestStepUpsertDto
    from .http_request_step_upsert_dto_control_values import (
        HttpRequestStepUpsertDtoControlValues as HttpRequestStepUpsertDtoControlValues,
    )
    from .import_master_json_request_dto import ImportMasterJsonRequestDto as ImportMasterJsonRequestDto
    from .import_master_json_request_dto_master_json import (
        ImportMasterJsonRequestDtoMasterJson as ImportMasterJsonRequestDtoMasterJson,
    )
    from .import_master_json_response_dto import ImportMasterJsonResponseDto as ImportMasterJsonResponseDto
    from .in_app_control_dto import InAppControlDto as InAppControlDto
    from .in_app_control_dto_data import InAppControlDtoData as InAppControlDtoData
    from .in_app_control_dto_skip import InAppControlDtoSkip as InAppControlDtoSkip
    from .in_app_controls_metadata_response_dto import (
        InAppControlsMetadataResponseDto as InAppControlsMetadataResponseDto,
    )
    from .in_app_controls_metadata_response_dto_data_schema import (
        InAppControlsMetadataResponseDtoDataSchema as InAppControlsMetadataResponseDtoDataSchema,
    )
    from .in_app_render_output import InAppRenderOutput as InAppRenderOutput
    from .in_app_render_output_data import InAppRenderOutputData as InAppRenderOutputData
    from .in_app_step_response_dto import InAppStepResponseDto as InAppStepResponseDto
    from .in_app_step_response_dto_variables import (
        InAppStepResponseDtoVariables as InAppStepResponseDtoVariables,
    )
    from .in_app_step_upsert_dto import InAppStepUpsertDto as InAppStepUpsertDto
    from .in_app_step_upsert_dto_control_values import (
        InAppStepUpsertDtoControlValues as InAppStepUpsertDtoControlValues,
    )
    from .in_bound_parse_domain_dto import InBoundParseDomainDto as InBoundParseDomainDto
    from .inbound_webhooks_controller_handle_webhook_body import (
        InboundWebhooksControllerHandleWebhookBody as InboundWebhooksControllerHandleWebhookBody,
    )
    from .inbox_action_dto import InboxActionDto as InboxActionDto
    from .inbox_notification_dto import InboxNotificationDto as InboxNotificationDto
    from .inbox_notification_dto_data import InboxNotificationDtoData as InboxNotificationDtoData
    from .inbox_subscriber_response_dto import InboxSubscriberResponseDto as InboxSubscriberResponseDto
    from .integration_issue_enum import IntegrationIssueEnum as IntegrationIssueEnum
    from .integration_response_dto import IntegrationResponseDto as IntegrationResponseDto
    from .integration_response_dto_channel import (
        IntegrationResponseDtoChannel as IntegrationResponseDtoChannel,
    )
    from .integration_response_dto_kind import IntegrationResponseDtoKind as IntegrationResponseDtoKind
    from .issue_integration_mobile_link_request_dto import (
        IssueIntegrationMobileLinkRequestDto as IssueIntegrationMobileLinkRequestDto,
    )
    from .issue_telegram_mobile_link_response_dto import (
        IssueTelegramMobileLinkResponseDto as IssueTelegramMobileLinkResponseDto,
    )
    from .layout_control_values_dto import LayoutControlValuesDto as LayoutControlValuesDto
    from .layout_controls_dto import LayoutControlsDto as LayoutControlsDto
    from .layout_controls_dto_data_schema import LayoutControlsDtoDataSchema as LayoutControlsDtoDataSchema
    from .layout_creation_source_enum import LayoutCreationSourceEnum as LayoutCreationSourceEnum
    from .layout_preview_payload_dto import LayoutPreviewPayloadDto as LayoutPreviewPayloadDto
    from .layout_preview_request_dto import LayoutPreviewRequestDto as LayoutPreviewRequestDto
    from .layout_preview_request_dto_control_values import (
        LayoutPreviewRequestDtoControlValues as LayoutPreviewRequestDtoControlValues,
    )
    from .layout_response_dto import LayoutResponseDto as LayoutResponseDto
    from .layout_response_dto_sort_field import LayoutResponseDtoSortField as LayoutResponseDtoSortField
    from .layout_response_dto_variables import LayoutResponseDtoVariables as LayoutResponseDtoVariables
    from .line_user_endpoint_dto import LineUserEndpointDto as LineUserEndpointDto
    from .link_channel_endpoint_request_dto import (
        LinkChannelEndpointRequestDto as LinkChannelEndpointRequestDto,
    )
    from .link_channel_endpoint_response_dto import (
        LinkChannelEndpointResponseDto as LinkChannelEndpointResponseDto,
    )
    from .link_channel_endpoint_response_dto_provider_metadata import (
        LinkChannelEndpointResponseDtoProviderMetadata as LinkChannelEndpointResponseDtoProviderMetadata,
    )
    from .list_agent_integrations_response_dto import (
        ListAgentIntegrationsResponseDto as ListAgentIntegrationsResponseDto,
    )
    from .list_agents_response_dto import ListAgentsResponseDto as ListAgentsResponseDto
    from .list_channel_connections_response_dto import (
        ListChannelConnectionsResponseDto as ListChannelConnectionsResponseDto,
    )
    from .list_channel_endpoints_response_dto import (
        ListChannelEndpointsResponseDto as ListChannelEndpointsResponseDto,
    )
    from .list_contexts_response_dto import ListContextsResponseDto as ListContextsResponseDto
    from .list_domain_routes_response_dto import ListDomainRoutesResponseDto as ListDomainRoutesResponseDto
    from .list_domains_response_dto import ListDomainsResponseDto as ListDomainsResponseDto
    from .list_layout_response_dto import ListLayoutResponseDto as ListLayoutResponseDto
    from .list_subscribers_response_dto import ListSubscribersResponseDto as ListSubscribersResponseDto
    from .list_topic_subscriptions_response_dto import (
        ListTopicSubscriptionsResponseDto as ListTopicSubscriptionsResponseDto,
    )
    from .list_topics_response_dto import ListTopicsResponseDto as ListTopicsResponseDto
    from .list_workflow_response import ListWorkflowResponse as ListWorkflowResponse
    from .look_back_window_dto import LookBackWindowDto as LookBackWindowDto
    from .look_back_window_dto_unit import LookBackWindowDtoUnit as LookBackWindowDtoUnit
    from .managed_runtime_dto import ManagedRuntimeDto as ManagedRuntimeDto
    from .managed_runtime_dto_provider_id import ManagedRuntimeDtoProviderId as ManagedRuntimeDtoProviderId
    from .managed_runtime_response_dto import ManagedRuntimeResponseDto as ManagedRuntimeResponseDto
    from .mark_all_message_as_request_dto import MarkAllMessageAsRequestDto as MarkAllMessageAsRequestDto
    from .mark_all_message_as_request_dto_mark_as import (
        MarkAllMessageAsRequestDtoMarkAs as MarkAllMessageAsRequestDtoMarkAs,
    )
    from .mark_message_action_as_seen_dto import MarkMessageActionAsSeenDto as MarkMessageActionAsSeenDto
    from .mark_message_action_as_seen_dto_payload import (
        MarkMessageActionAsSeenDtoPayload as MarkMessageActionAsSeenDtoPayload,
    )
    from .mark_message_action_as_seen_dto_status import (
        MarkMessageActionAsSeenDtoStatus as MarkMessageActionAsSeenDtoStatus,
    )
    from .mark_subscriber_notifications_as_seen_dto import (
        MarkSubscriberNotificationsAsSeenDto as MarkSubscriberNotificationsAsSeenDto,
    )
    from .mark_subscriber_notifications_as_seen_dto_tags import (
        MarkSubscriberNotificationsAsSeenDtoTags as MarkSubscriberNotificationsAsSeenDtoTags,
    )
    from .markdown_reply_content_dto import MarkdownReplyContentDto as MarkdownReplyContentDto
    from .message_action import MessageAction as MessageAction
    from .message_action_result import MessageActionResult as MessageActionResult
    from .message_action_result_payload import MessageActionResultPayload as MessageActionResultPayload
    from .message_action_status_enum import MessageActionStatusEnum as MessageActionStatusEnum
    from .message_archived_event import MessageArchivedEvent as MessageArchivedEvent
    from .message_archived_event_object import MessageArchivedEventObject as MessageArchivedEventObject
    from .message_button import MessageButton as MessageButton
    from .message_cta import MessageCTA as MessageCTA
    from .message_cta_data import MessageCTAData as MessageCTAData
    from .message_deleted_event import MessageDeletedEvent as MessageDeletedEvent
    from .message_deleted_event_object import MessageDeletedEventObject as MessageDeletedEventObject
    from .message_delivered_event import MessageDeliveredEvent as MessageDeliveredEvent
    from .message_delivered_event_object import MessageDeliveredEventObject as MessageDeliveredEventObject
    from .message_failed_error_dto import MessageFailedErrorDto as MessageFailedErrorDto
    from .message_failed_event import MessageFailedEvent as MessageFailedEvent
    from .message_failed_event_object import MessageFailedEventObject as MessageFailedEventObject
    from .message_failed_push_dto import MessageFailedPushDto as MessageFailedPushDto
    from .message_mark_as_request_dto import MessageMarkAsRequestDto as MessageMarkAsRequestDto
    from .message_mark_as_request_dto_mark_as import (
        MessageMarkAsRequestDtoMarkAs as MessageMarkAsRequestDtoMarkAs,
    )
    from .message_read_event import MessageReadEvent as MessageReadEvent
    from .message_read_event_object import MessageReadEventObject as MessageReadEventObject
    from .message_response_dto import MessageResponseDto as MessageResponseDto
    from .message_response_dto_overrides import MessageResponseDtoOverrides as MessageResponseDtoOverrides
    from .message_response_dto_payload import MessageResponseDtoPayload as MessageResponseDtoPayload
    from .message_seen_event import MessageSeenEvent as MessageSeenEvent
    from .message_seen_event_object import MessageSeenEventObject as MessageSeenEventObject
    from .message_sent_event import MessageSentEvent as MessageSentEvent
    from .message_sent_event_object import MessageSentEventObject as MessageSentEventObject
    from .message_snoozed_event import MessageSnoozedEvent as MessageSnoozedEvent
    from .message_snoozed_event_object import MessageSnoozedEventObject as MessageSnoozedEventObject
    from .message_status_enum import MessageStatusEnum as MessageStatusEnum
    from .message_template import MessageTemplate as MessageTemplate
    from .message_template_dto import MessageTemplateDto as MessageTemplateDto
    from .message_unarchived_event import MessageUnarchivedEvent as MessageUnarchivedEvent
    from .message_unarchived_event_object import MessageUnarchivedEventObject as MessageUnarchivedEventObject
    from .message_unread_event import MessageUnreadEvent as MessageUnreadEvent
    from .message_unread_event_object import MessageUnreadEventObject as MessageUnreadEventObject
    from .message_unsnoozed_event import MessageUnsnoozedEvent as MessageUnsnoozedEvent
    from .message_unsnoozed_event_object import MessageUnsnoozedEventObject as MessageUnsnoozedEventObject
    from .messages_controller_delete_messages_by_transaction_id_channel import (
        MessagesControllerDeleteMessagesByTransactionIdChannel as MessagesControllerDeleteMessagesByTransactionIdChannel,
    )
    from .messages_response_dto import MessagesResponseDto as MessagesResponseDto
    from .meta_dto import MetaDto as MetaDto
    from .metadata_clear_signal_dto import MetadataClearSignalDto as MetadataClearSignalDto
    from .metadata_clear_signal_dto_action import MetadataClearSignalDtoAction as MetadataClearSignalDtoAction
    from .metadata_clear_signal_dto_type import MetadataClearSignalDtoType as MetadataClearSignalDtoType
    from .metadata_delete_signal_dto import MetadataDeleteSignalDto as MetadataDeleteSignalDto
    from .metadata_delete_signal_dto_action import (
        MetadataDeleteSignalDtoAction as MetadataDeleteSignalDtoAction,
    )
    from .metadata_delete_signal_dto_type import MetadataDeleteSignalDtoType as MetadataDeleteSignalDtoType
    from .metadata_set_signal_dto import MetadataSetSignalDto as MetadataSetSignalDto
    from .metadata_set_signal_dto_action import MetadataSetSignalDtoAction as MetadataSetSignalDtoAction
    from .metadata_set_signal_dto_type import MetadataSetSignalDtoType as MetadataSetSignalDtoType
    from .metadata_set_signal_dto_value import MetadataSetSignalDtoValue as MetadataSetSignalDtoValue
    from .monthly_type_enum import MonthlyTypeEnum as MonthlyTypeEnum
    from .ms_teams_channel_endpoint_dto import MsTeamsChannelEndpointDto as MsTeamsChannelEndpointDto
    from .ms_teams_user_endpoint_dto import MsTeamsUserEndpointDto as MsTeamsUserEndpointDto
    from .notification_feed_item_dto import NotificationFeedItemDto as NotificationFeedItemDto
    from .notification_feed_item_dto_data import NotificationFeedItemDtoData as NotificationFeedItemDtoData
    from .notification_feed_item_dto_overrides import (
        NotificationFeedItemDtoOverrides as NotificationFeedItemDtoOverrides,
    )
    from .notification_feed_item_dto_payload import (
        NotificationFeedItemDtoPayload as NotificationFeedItemDtoPayload,
    )
    from .notification_feed_item_dto_status import (
        NotificationFeedItemDtoStatus as NotificationFeedItemDtoStatus,
    )
    from .notification_group import NotificationGroup as NotificationGroup
    from .notification_step_data import NotificationStepData as NotificationStepData
    from .notification_step_dto import NotificationStepDto as NotificationStepDto
    from .notification_trigger import NotificationTrigger as NotificationTrigger
    from .notification_trigger_dto import NotificationTriggerDto as NotificationTriggerDto
    from .notification_trigger_dto_type import NotificationTriggerDtoType as NotificationTriggerDtoType
    from .notification_trigger_type import NotificationTriggerType as NotificationTriggerType
    from .notification_trigger_variable import NotificationTriggerVariable as NotificationTriggerVariable
    from .notification_workflow_dto import NotificationWorkflowDto as NotificationWorkflowDto
    from .notification_workflow_dto_data import NotificationWorkflowDtoData as NotificationWorkflowDtoData
    from .ordinal_enum import OrdinalEnum as OrdinalEnum
    from .ordinal_value_enum import OrdinalValueEnum as OrdinalValueEnum
    from .patch_preference_channels_dto import PatchPreferenceChannelsDto as PatchPreferenceChannelsDto
    from .patch_subscriber_preferences_dto import (
        PatchSubscriberPreferencesDto as PatchSubscriberPreferencesDto,
    )
    from .patch_subscriber_preferences_dto_context import (
        PatchSubscriberPreferencesDtoContext as PatchSubscriberPreferencesDtoContext,
    )
    from .patch_subscriber_request_dto import PatchSubscriberRequestDto as PatchSubscriberRequestDto
    from .patch_subscriber_request_dto_data import (
        PatchSubscriberRequestDtoData as PatchSubscriberRequestDtoData,
    )
    from .patch_workflow_dto import PatchWorkflowDto as PatchWorkflowDto
    from .patch_workflow_dto_payload_schema import (
        PatchWorkflowDtoPayloadSchema as PatchWorkflowDtoPayloadSchema,
    )
    from .payload_validation_error_dto import PayloadValidationErrorDto as PayloadValidationErrorDto
    from .payload_validation_error_dto_value import (
        PayloadValidationErrorDtoValue as PayloadValidationErrorDtoValue,
    )
    from .payload_validation_error_dto_value_item import (
        PayloadValidationErrorDtoValueItem as PayloadValidationErrorDtoValueItem,
    )
    from .payload_validation_exception_dto import (
        PayloadValidationExceptionDto as PayloadValidationExceptionDto,
    )
    from .payload_validation_exception_dto_ctx import (
        PayloadValidationExceptionDtoCtx as PayloadValidationExceptionDtoCtx,
    )
    from .payload_validation_exception_dto_message import (
        PayloadValidationExceptionDtoMessage as PayloadValidationExceptionDtoMessage,
    )
    from .payload_validation_exception_dto_message_item import (
        PayloadValidationExceptionDtoMessageItem as PayloadValidationExceptionDtoMessageItem,
    )
    from .payload_validation_exception_dto_schema import (
        PayloadValidationExceptionDtoSchema as PayloadValidationExceptionDtoSchema,
    )
    from .phone_endpoint_dto import PhoneEndpointDto as PhoneEndpointDto
    from .plan_usage_dto import PlanUsageDto as PlanUsageDto
    from .preference_level_enum import PreferenceLevelEnum as PreferenceLevelEnum
    from .preference_override_source_enum import PreferenceOverrideSourceEnum as PreferenceOverrideSourceEnum
    from .preference_updated_event import PreferenceUpdatedEvent as PreferenceUpdatedEvent
    from .preference_updated_event_object import PreferenceUpdatedEventObject as PreferenceUpdatedEventObject
    from .preferences_request_dto import PreferencesRequestDto as PreferencesRequestDto
    from .preview_error_dto import PreviewErrorDto as PreviewErrorDto
    from .preview_payload_dto import PreviewPayloadDto as PreviewPayloadDto
    from .preview_payload_dto_context import PreviewPayloadDtoContext as PreviewPayloadDtoContext
    from .preview_payload_dto_env import PreviewPayloadDtoEnv as PreviewPayloadDtoEnv
    from .preview_payload_dto_payload import PreviewPayloadDtoPayload as PreviewPayloadDtoPayload
    from .preview_payload_dto_steps import PreviewPayloadDtoSteps as PreviewPayloadDtoSteps
    from .providers_id_enum import ProvidersIdEnum as ProvidersIdEnum
    from .publish_environment_request_dto import PublishEnvironmentRequestDto as PublishEnvironmentRequestDto
    from .publish_environment_response_dto import (
        PublishEnvironmentResponseDto as PublishEnvironmentResponseDto,
    )
    from .publish_summary_dto import PublishSummaryDto as PublishSummaryDto
    from .push_control_dto import PushControlDto as PushControlDto
    from .push_control_dto_skip import PushControlDtoSkip as PushControlDtoSkip
    from .push_controls_metadata_response_dto import (
        PushControlsMetadataResponseDto as PushControlsMetadataResponseDto,
    )
    from .push_controls_metadata_response_dto_data_schema import (
        PushControlsMetadataResponseDtoDataSchema as PushControlsMetadataResponseDtoDataSchema,
    )
    from .push_render_output import PushRenderOutput as PushRenderOutput
    from .push_step_response_dto import PushStepResponseDto as PushStepResponseDto
    from .push_step_response_dto_variables import PushStepResponseDtoVariables as PushStepResponseDtoVariables
    from .push_step_upsert_dto import PushStepUpsertDto as PushStepUpsertDto
    from .push_step_upsert_dto_control_values import (
        PushStepUpsertDtoControlValues as PushStepUpsertDtoControlValues,
    )
    from .redirect_dto import RedirectDto as RedirectDto
    from .redirect_dto_target import RedirectDtoTarget as RedirectDtoTarget
    from .remove_subscriber_response_dto import RemoveSubscriberResponseDto as RemoveSubscriberResponseDto
    from .reply_callback import ReplyCallback as ReplyCallback
    from .reply_content_dto import ReplyContentDto as ReplyContentDto
    from .reply_content_dto_card import ReplyContentDtoCard as ReplyContentDtoCard
    from .reply_content_dto_tool_approval_card import (
        ReplyContentDtoToolApprovalCard as ReplyContentDtoToolApprovalCard,
    )
    from .request_log_response_dto import RequestLogResponseDto as RequestLogResponseDto
    from .request_log_response_dto_source import RequestLogResponseDtoSource as RequestLogResponseDtoSource
    from .request_log_response_dto_transaction_id import (
        RequestLogResponseDtoTransactionId as RequestLogResponseDtoTransactionId,
    )
    from .resolve_dto import ResolveDto as ResolveDto
    from .resource_dependency_dto import ResourceDependencyDto as ResourceDependencyDto
    from .resource_diff_dto import ResourceDiffDto as ResourceDiffDto
    from .resource_diff_dto_diffs import ResourceDiffDtoDiffs as ResourceDiffDtoDiffs
    from .resource_diff_dto_diffs_new import ResourceDiffDtoDiffsNew as ResourceDiffDtoDiffsNew
    from .resource_diff_dto_diffs_previous import ResourceDiffDtoDiffsPrevious as ResourceDiffDtoDiffsPrevious
    from .resource_diff_result_dto import ResourceDiffResultDto as ResourceDiffResultDto
    from .resource_info_dto import ResourceInfoDto as ResourceInfoDto
    from .resource_origin_enum import ResourceOriginEnum as ResourceOriginEnum
    from .resource_to_publish_dto import ResourceToPublishDto as ResourceToPublishDto
    from .resource_type_enum import ResourceTypeEnum as ResourceTypeEnum
    from .runtime_issue_dto import RuntimeIssueDto as RuntimeIssueDto
    from .schedule_dto import ScheduleDto as ScheduleDto
    from .sent_message_info_dto import SentMessageInfoDto as SentMessageInfoDto
    from .severity_level_enum import SeverityLevelEnum as SeverityLevelEnum
    from .signal_dto import SignalDto as SignalDto
    from .signal_dto_action import SignalDtoAction as SignalDtoAction
    from .signal_dto_payload import SignalDtoPayload as SignalDtoPayload
    from .signal_dto_to import SignalDtoTo as SignalDtoTo
    from .signal_dto_to_item import SignalDtoToItem as SignalDtoToItem
    from .signal_dto_type import SignalDtoType as SignalDtoType
    from .signal_dto_value import SignalDtoValue as SignalDtoValue
    from .skipped_workflow_dto import SkippedWorkflowDto as SkippedWorkflowDto
    from .slack_channel_endpoint_dto import SlackChannelEndpointDto as SlackChannelEndpointDto
    from .slack_user_endpoint_dto import SlackUserEndpointDto as SlackUserEndpointDto
    from .sms_control_dto import SmsControlDto as SmsControlDto
    from .sms_control_dto_skip import SmsControlDtoSkip as SmsControlDtoSkip
    from .sms_controls_metadata_response_dto import (
        SmsControlsMetadataResponseDto as SmsControlsMetadataResponseDto,
    )
    from .sms_controls_metadata_response_dto_data_schema import (
        SmsControlsMetadataResponseDtoDataSchema as SmsControlsMetadataResponseDtoDataSchema,
    )
    from .sms_render_output import SmsRenderOutput as SmsRenderOutput
    from .sms_step_response_dto import SmsStepResponseDto as SmsStepResponseDto
    from .sms_step_response_dto_variables import SmsStepResponseDtoVariables as SmsStepResponseDtoVariables
    from .sms_step_upsert_dto import SmsStepUpsertDto as SmsStepUpsertDto
    from .sms_step_upsert_dto_control_values import (
        SmsStepUpsertDtoControlValues as SmsStepUpsertDtoControlValues,
    )
    from .snooze_subscriber_notification_dto import (
        SnoozeSubscriberNotificationDto as SnoozeSubscriberNotificationDto,
    )
    from .step_content_issue_dto import StepContentIssueDto as StepContentIssueDto
    from .step_execution_detail_dto import StepExecutionDetailDto as StepExecutionDetailDto
    from .step_execution_detail_dto_raw import StepExecutionDetailDtoRaw as StepExecutionDetailDtoRaw
    from .step_filter_dto import StepFilterDto as StepFilterDto
    from .step_filter_dto_value import StepFilterDtoValue as StepFilterDtoValue
    from .step_integration_issue import StepIntegrationIssue as StepIntegrationIssue
    from .step_issues_dto import StepIssuesDto as StepIssuesDto
    from .step_issues_dto_controls import StepIssuesDtoControls as StepIssuesDtoControls
    from .step_issues_dto_integration import StepIssuesDtoIntegration as StepIssuesDtoIntegration
    from .step_list_response_dto import StepListResponseDto as StepListResponseDto
    from .step_response_dto import StepResponseDto as StepResponseDto
    from .step_response_dto_control_values import StepResponseDtoControlValues as StepResponseDtoControlValues
    from .step_response_dto_variables import StepResponseDtoVariables as StepResponseDtoVariables
    from .step_run_dto import StepRunDto as StepRunDto
    from .step_run_dto_status import StepRunDtoStatus as StepRunDtoStatus
    from .step_type_enum import StepTypeEnum as StepTypeEnum
    from .steps_overrides import StepsOverrides as StepsOverrides
    from .steps_overrides_providers import StepsOverridesProviders as StepsOverridesProviders
    from .steps_overrides_providers_additional_property import (
        StepsOverridesProvidersAdditionalProperty as StepsOverridesProvidersAdditionalProperty,
    )
    from .subscriber_channel_dto import SubscriberChannelDto as SubscriberChannelDto
    from .subscriber_channel_dto_provider_id import (
        SubscriberChannelDtoProviderId as SubscriberChannelDtoProviderId,
    )
    from .subscriber_dto import SubscriberDto as SubscriberDto
    from .subscriber_feed_response_dto import SubscriberFeedResponseDto as SubscriberFeedResponseDto
    from .subscriber_global_preference_dto import (
        SubscriberGlobalPreferenceDto as SubscriberGlobalPreferenceDto,
    )
    from .subscriber_payload_dto import SubscriberPayloadDto as SubscriberPayloadDto
    from .subscriber_payload_dto_data import SubscriberPayloadDtoData as SubscriberPayloadDtoData
    from .subscriber_preference_channels import SubscriberPreferenceChannels as SubscriberPreferenceChannels
    from .subscriber_preference_override_dto import (
        SubscriberPreferenceOverrideDto as SubscriberPreferenceOverrideDto,
    )
    from .subscriber_preferences_workflow_info_dto import (
        SubscriberPreferencesWorkflowInfoDto as SubscriberPreferencesWorkflowInfoDto,
    )
    from .subscriber_response_dto import SubscriberResponseDto as SubscriberResponseDto
    from .subscriber_response_dto_data import SubscriberResponseDtoData as SubscriberResponseDtoData
    from .subscriber_response_dto_optional import (
        SubscriberResponseDtoOptional as SubscriberResponseDtoOptional,
    )
    from .subscriber_response_dto_optional_data import (
        SubscriberResponseDtoOptionalData as SubscriberResponseDtoOptionalData,
    )
    from .subscriber_workflow_preference_dto import (
        SubscriberWorkflowPreferenceDto as SubscriberWorkflowPreferenceDto,
    )
    from .subscribers_controller_complete_notification_action_action_type import (
        SubscribersControllerCompleteNotificationActionActionType as SubscribersControllerCompleteNotificationActionActionType,
    )
    from .subscribers_controller_get_subscriber_notifications_severity_item import (
        SubscribersControllerGetSubscriberNotificationsSeverityItem as SubscribersControllerGetSubscriberNotificationsSeverityItem,
    )
    from .subscribers_controller_get_subscriber_preferences_criticality import (
        SubscribersControllerGetSubscriberPreferencesCriticality as SubscribersControllerGetSubscriberPreferencesCriticality,
    )
    from .subscribers_controller_list_subscriber_topics_order_direction import (
        SubscribersControllerListSubscriberTopicsOrderDirection as SubscribersControllerListSubscriberTopicsOrderDirection,
    )
    from .subscribers_controller_revert_notification_action_action_type import (
        SubscribersControllerRevertNotificationActionActionType as SubscribersControllerRevertNotificationActionActionType,
    )
    from .subscribers_controller_search_subscribers_order_direction import (
        SubscribersControllerSearchSubscribersOrderDirection as SubscribersControllerSearchSubscribersOrderDirection,
    )
    from .subscription_details_response_dto import (
        SubscriptionDetailsResponseDto as SubscriptionDetailsResponseDto,
    )
    from .subscription_dto import SubscriptionDto as SubscriptionDto
    from .subscription_error_dto import SubscriptionErrorDto as SubscriptionErrorDto
    from .subscription_preference_dto import SubscriptionPreferenceDto as SubscriptionPreferenceDto
    from .subscription_preference_dto_condition import (
        SubscriptionPreferenceDtoCondition as SubscriptionPreferenceDtoCondition,
    )
    from .subscription_response_dto import SubscriptionResponseDto as SubscriptionResponseDto
    from .subscriptions_delete_error_dto import SubscriptionsDeleteErrorDto as SubscriptionsDeleteErrorDto
    from .sync_action_enum import SyncActionEnum as SyncActionEnum
    from .sync_result_dto import SyncResultDto as SyncResultDto
    from .sync_workflow_dto import SyncWorkflowDto as SyncWorkflowDto
    from .synced_workflow_dto import SyncedWorkflowDto as SyncedWorkflowDto
    from .telegram_chat_endpoint_dto import TelegramChatEndpointDto as TelegramChatEndpointDto
    from .tenant_payload_dto import TenantPayloadDto as TenantPayloadDto
    from .tenant_payload_dto_data import TenantPayloadDtoData as TenantPayloadDtoData
    from .test_domain_route_agent_result_dto import (
        TestDomainRouteAgentResultDto as TestDomainRouteAgentResultDto,
    )
    from .test_domain_route_agent_result_dto_agent_reply import (
        TestDomainRouteAgentResultDtoAgentReply as TestDomainRouteAgentResultDtoAgentReply,
    )
    from .test_domain_route_dto import TestDomainRouteDto as TestDomainRouteDto
    from .test_domain_route_from_dto import TestDomainRouteFromDto as TestDomainRouteFromDto
    from .test_domain_route_response_dto import TestDomainRouteResponseDto as TestDomainRouteResponseDto
    from .test_domain_route_response_dto_domain_status import (
        TestDomainRouteResponseDtoDomainStatus as TestDomainRouteResponseDtoDomainStatus,
    )
    from .test_domain_route_response_dto_payload import (
        TestDomainRouteResponseDtoPayload as TestDomainRouteResponseDtoPayload,
    )
    from .test_domain_route_response_dto_type import (
        TestDomainRouteResponseDtoType as TestDomainRouteResponseDtoType,
    )
    from .test_domain_route_webhook_result_dto import (
        TestDomainRouteWebhookResultDto as TestDomainRouteWebhookResultDto,
    )
    from .text_align_enum import TextAlignEnum as TextAlignEnum
    from .throttle_control_dto import ThrottleControlDto as ThrottleControlDto
    from .throttle_control_dto_skip import ThrottleControlDtoSkip as ThrottleControlDtoSkip
    from .throttle_control_dto_type import ThrottleControlDtoType as ThrottleControlDtoType
    from .throttle_control_dto_unit import ThrottleControlDtoUnit as ThrottleControlDtoUnit
    from .throttle_controls_metadata_response_dto import (
        ThrottleControlsMetadataResponseDto as ThrottleControlsMetadataResponseDto,
    )
    from .throttle_controls_metadata_response_dto_data_schema import (
        ThrottleControlsMetadataResponseDtoDataSchema as ThrottleControlsMetadataResponseDtoDataSchema,
    )
    from .throttle_step_response_dto import ThrottleStepResponseDto as ThrottleStepResponseDto
    from .throttle_step_response_dto_variables import (
        ThrottleStepResponseDtoVariables as ThrottleStepResponseDtoVariables,
    )
    from .throttle_step_upsert_dto import ThrottleStepUpsertDto as ThrottleStepUpsertDto
    from .throttle_step_upsert_dto_control_values import (
        ThrottleStepUpsertDtoControlValues as ThrottleStepUpsertDtoControlValues,
    )
    from .time_range_dto import TimeRangeDto as TimeRangeDto
    from .time_unit_enum import TimeUnitEnum as TimeUnitEnum
    from .timed_config import TimedConfig as TimedConfig
    from .timed_config_monthly_type import TimedConfigMonthlyType as TimedConfigMonthlyType
    from .timed_config_ordinal import TimedConfigOrdinal as TimedConfigOrdinal
    from .timed_config_ordinal_value import TimedConfigOrdinalValue as TimedConfigOrdinalValue
    from .timed_config_week_days_item import TimedConfigWeekDaysItem as TimedConfigWeekDaysItem
    from .tool_approval_card_reply_content_dto import (
        ToolApprovalCardReplyContentDto as ToolApprovalCardReplyContentDto,
    )
    from .tool_approval_card_reply_content_dto_tool_approval_card import (
        ToolApprovalCardReplyContentDtoToolApprovalCard as ToolApprovalCardReplyContentDtoToolApprovalCard,
    )
    from .tool_approval_request_payload_dto import (
        ToolApprovalRequestPayloadDto as ToolApprovalRequestPayloadDto,
    )
    from .tool_approval_request_payload_dto_input import (
        ToolApprovalRequestPayloadDtoInput as ToolApprovalRequestPayloadDtoInput,
    )
    from .tool_result_dto import ToolResultDto as ToolResultDto
    from .tool_result_dto_output import ToolResultDtoOutput as ToolResultDtoOutput
    from .topic_dto import TopicDto as TopicDto
    from .topic_payload_dto import TopicPayloadDto as TopicPayloadDto
    from .topic_response_dto import TopicResponseDto as TopicResponseDto
    from .topic_subscriber_dto import TopicSubscriberDto as TopicSubscriberDto
    from .topic_subscriber_identifier_dto import TopicSubscriberIdentifierDto as TopicSubscriberIdentifierDto
    from .topic_subscription_response_dto import TopicSubscriptionResponseDto as TopicSubscriptionResponseDto
    from .topics_controller_list_topic_subscriptions_order_direction import (
        TopicsControllerListTopicSubscriptionsOrderDirection as TopicsControllerListTopicSubscriptionsOrderDirection,
    )
    from .topics_controller_list_topics_order_direction import (
        TopicsControllerListTopicsOrderDirection as TopicsControllerListTopicsOrderDirection,
    )
    from .trace_response_dto import TraceResponseDto as TraceResponseDto
    from .trace_response_dto_external_subscriber_id import (
        TraceResponseDtoExternalSubscriberId as TraceResponseDtoExternalSubscriberId,
    )
    from .trace_response_dto_message import TraceResponseDtoMessage as TraceResponseDtoMessage
    from .trace_response_dto_raw_data import TraceResponseDtoRawData as TraceResponseDtoRawData
    from .trace_response_dto_subscriber_id import TraceResponseDtoSubscriberId as TraceResponseDtoSubscriberId
    from .trace_response_dto_user_id import TraceResponseDtoUserId as TraceResponseDtoUserId
    from .translation_controller_delete_translation_endpoint_resource_type import (
        TranslationControllerDeleteTranslationEndpointResourceType as TranslationControllerDeleteTranslationEndpointResourceType,
    )
    from .translation_controller_delete_translation_group_endpoint_resource_type import (
        TranslationControllerDeleteTranslationGroupEndpointResourceType as TranslationControllerDeleteTranslationGroupEndpointResourceType,
    )
    from .translation_controller_get_single_translation_resource_type import (
        TranslationControllerGetSingleTranslationResourceType as TranslationControllerGetSingleTranslationResourceType,
    )
    from .translation_controller_get_translation_group_endpoint_resource_type import (
        TranslationControllerGetTranslationGroupEndpointResourceType as TranslationControllerGetTranslationGroupEndpointResourceType,
    )
    from .translation_controller_upload_master_json_endpoint_body import (
        TranslationControllerUploadMasterJsonEndpointBody as TranslationControllerUploadMasterJsonEndpointBody,
    )
    from .translation_controller_upload_translation_files_body import (
        TranslationControllerUploadTranslationFilesBody as TranslationControllerUploadTranslationFilesBody,
    )
    from .translation_controller_upload_translation_files_body_resource_type import (
        TranslationControllerUploadTranslationFilesBodyResourceType as TranslationControllerUploadTranslationFilesBodyResourceType,
    )
    from .translation_group_dto import TranslationGroupDto as TranslationGroupDto
    from .translation_group_dto_resource_type import (
        TranslationGroupDtoResourceType as TranslationGroupDtoResourceType,
    )
    from .translation_response_dto import TranslationResponseDto as TranslationResponseDto
    from .translation_response_dto_content import (
        TranslationResponseDtoContent as TranslationResponseDtoContent,
    )
    from .translation_response_dto_resource_type import (
        TranslationResponseDtoResourceType as TranslationResponseDtoResourceType,
    )
    from .trigger_event_request_dto import TriggerEventRequestDto as TriggerEventRequestDto
    from .trigger_event_request_dto_context import (
        TriggerEventRequestDtoContext as TriggerEventRequestDtoContext,
    )
    from .trigger_event_request_dto_payload import (
        TriggerEventRequestDtoPayload as TriggerEventRequestDtoPayload,
    )
    from .trigger_event_response_dto import TriggerEventResponseDto as TriggerEventResponseDto
    from .trigger_event_response_dto_job_data import (
        TriggerEventResponseDtoJobData as TriggerEventResponseDtoJobData,
    )
    from .trigger_event_response_dto_status import (
        TriggerEventResponseDtoStatus as TriggerEventResponseDtoStatus,
    )
    from .trigger_event_to_all_request_dto import TriggerEventToAllRequestDto as TriggerEventToAllRequestDto
    from .trigger_event_to_all_request_dto_context import (
        TriggerEventToAllRequestDtoContext as TriggerEventToAllRequestDtoContext,
    )
    from .trigger_event_to_all_request_dto_payload import (
        TriggerEventToAllRequestDtoPayload as TriggerEventToAllRequestDtoPayload,
    )
    from .trigger_overrides import TriggerOverrides as TriggerOverrides
    from .trigger_overrides_chat import TriggerOverridesChat as TriggerOverridesChat
    from .trigger_overrides_email import TriggerOverridesEmail as TriggerOverridesEmail
    from .trigger_overrides_providers import TriggerOverridesProviders as TriggerOverridesProviders
    from .trigger_overrides_providers_additional_property import (
        TriggerOverridesProvidersAdditionalProperty as TriggerOverridesProvidersAdditionalProperty,
    )
    from .trigger_overrides_push import TriggerOverridesPush as TriggerOverridesPush
    from .trigger_overrides_sms import TriggerOverridesSms as TriggerOverridesSms
    from .trigger_overrides_steps import TriggerOverridesSteps as TriggerOverridesSteps
    from .trigger_recipients_type_enum import TriggerRecipientsTypeEnum as TriggerRecipientsTypeEnum
    from .trigger_signal_dto import TriggerSignalDto as TriggerSignalDto
    from .trigger_signal_dto_payload import TriggerSignalDtoPayload as TriggerSignalDtoPayload
    from .trigger_signal_dto_to import TriggerSignalDtoTo as TriggerSignalDtoTo
    from .trigger_signal_dto_to_item import TriggerSignalDtoToItem as TriggerSignalDtoToItem
    from .trigger_signal_dto_type import TriggerSignalDtoType as TriggerSignalDtoType
    from .typing_status_dto import TypingStatusDto as TypingStatusDto
    from .ui_component_enum import UiComponentEnum as UiComponentEnum
    from .ui_schema import UiSchema as UiSchema
    from .ui_schema_group_enum import UiSchemaGroupEnum as UiSchemaGroupEnum
    from .ui_schema_properties import UiSchemaProperties as UiSchemaProperties
    from .ui_schema_property import UiSchemaProperty as UiSchemaProperty
    from .ui_schema_property_placeholder import UiSchemaPropertyPlaceholder as UiSchemaPropertyPlaceholder
    from .ui_schema_property_placeholder_item import (
        UiSchemaPropertyPlaceholderItem as UiSchemaPropertyPlaceholderItem,
    )
    from .ui_schema_property_properties import UiSchemaPropertyProperties as UiSchemaPropertyProperties
    from .unknown_webhook_event import UnknownWebhookEvent as UnknownWebhookEvent
    from .unknown_webhook_event_data import UnknownWebhookEventData as UnknownWebhookEventData
    from .unseen_count_response import UnseenCountResponse as UnseenCountResponse
    from .update_agent_bridge_request_dto import UpdateAgentBridgeRequestDto as UpdateAgentBridgeRequestDto
    from .update_agent_integration_request_dto import (
        UpdateAgentIntegrationRequestDto as UpdateAgentIntegrationRequestDto,
    )
    from .update_agent_request_dto import UpdateAgentRequestDto as UpdateAgentRequestDto
    from .update_all_subscriber_notifications_dto import (
        UpdateAllSubscriberNotificationsDto as UpdateAllSubscriberNotificationsDto,
    )
    from .update_all_subscriber_notifications_dto_tags import (
        UpdateAllSubscriberNotificationsDtoTags as UpdateAllSubscriberNotificationsDtoTags,
    )
    from .update_channel_connection_request_dto import (
        UpdateChannelConnectionRequestDto as UpdateChannelConnectionRequestDto,
    )
    from .update_channel_endpoint_request_dto import (
        UpdateChannelEndpointRequestDto as UpdateChannelEndpointRequestDto,
    )
    from .update_context_request_dto import UpdateContextRequestDto as UpdateContextRequestDto
    from .update_context_request_dto_data import UpdateContextRequestDtoData as UpdateContextRequestDtoData
    from .update_domain_dto import UpdateDomainDto as UpdateDomainDto
    from .update_domain_dto_data import UpdateDomainDtoData as UpdateDomainDtoData
    from .update_domain_route_dto import UpdateDomainRouteDto as UpdateDomainRouteDto
    from .update_domain_route_dto_data import UpdateDomainRouteDtoData as UpdateDomainRouteDtoData
    from .update_domain_route_dto_type import UpdateDomainRouteDtoType as UpdateDomainRouteDtoType
    from .update_environment_request_dto import UpdateEnvironmentRequestDto as UpdateEnvironmentRequestDto
    from .update_environment_variable_request_dto import (
        UpdateEnvironmentVariableRequestDto as UpdateEnvironmentVariableRequestDto,
    )
    from .update_environment_variable_request_dto_type import (
        UpdateEnvironmentVariableRequestDtoType as UpdateEnvironmentVariableRequestDtoType,
    )
    from .update_integration_request_dto import UpdateIntegrationRequestDto as UpdateIntegrationRequestDto
    from .update_integration_request_dto_configurations import (
        UpdateIntegrationRequestDtoConfigurations as UpdateIntegrationRequestDtoConfigurations,
    )
    from .update_layout_dto import UpdateLayoutDto as UpdateLayoutDto
    from .update_subscriber_channel_request_dto import (
        UpdateSubscriberChannelRequestDto as UpdateSubscriberChannelRequestDto,
    )
    from .update_subscriber_online_flag_request_dto import (
        UpdateSubscriberOnlineFlagRequestDto as UpdateSubscriberOnlineFlagRequestDto,
    )
    from .update_topic_request_dto import UpdateTopicRequestDto as UpdateTopicRequestDto
    from .update_topic_subscription_request_dto import (
        UpdateTopicSubscriptionRequestDto as UpdateTopicSubscriptionRequestDto,
    )
    from .update_workflow_dto import UpdateWorkflowDto as UpdateWorkflowDto
    from .update_workflow_dto_payload_schema import (
        UpdateWorkflowDtoPayloadSchema as UpdateWorkflowDtoPayloadSchema,
    )
    from .updated_subscriber_dto import UpdatedSubscriberDto as UpdatedSubscriberDto
    from .upload_translations_response_dto import (
        UploadTranslationsResponseDto as UploadTranslationsResponseDto,
    )
    from .user_info_dto import UserInfoDto as UserInfoDto
    from .user_response_dto import UserResponseDto as UserResponseDto
    from .validation_error_dto import ValidationErrorDto as ValidationErrorDto
    from .validation_error_dto_ctx import ValidationErrorDtoCtx as ValidationErrorDtoCtx
    from .validation_error_dto_errors import ValidationErrorDtoErrors as ValidationErrorDtoErrors
    from .validation_error_dto_message import ValidationErrorDtoMessage as ValidationErrorDtoMessage
    from .validation_error_dto_message_item import (
        ValidationErrorDtoMessageItem as ValidationErrorDtoMessageItem,
    )
    from .webex_person_endpoint_dto import WebexPersonEndpointDto as WebexPersonEndpointDto
    from .webex_room_endpoint_dto import WebexRoomEndpointDto as WebexRoomEndpointDto
    from .webhook_created_workflow_dto import WebhookCreatedWorkflowDto as WebhookCreatedWorkflowDto
    from .webhook_created_workflow_dto_webhook_payload_wrapper import (
        WebhookCreatedWorkflowDtoWebhookPayloadWrapper as WebhookCreatedWorkflowDtoWebhookPayloadWrapper,
    )
    from .webhook_created_workflow_dto_webhook_payload_wrapper_object import (
        WebhookCreatedWorkflowDtoWebhookPayloadWrapperObject as WebhookCreatedWorkflowDtoWebhookPayloadWrapperObject,
    )
    from .webhook_created_workflow_dto_webhook_payload_wrapper_type import (
        WebhookCreatedWorkflowDtoWebhookPayloadWrapperType as WebhookCreatedWorkflowDtoWebhookPayloadWrapperType,
    )
    from .webhook_deleted_workflow_dto import WebhookDeletedWorkflowDto as WebhookDeletedWorkflowDto
    from .webhook_deleted_workflow_dto_webhook_payload_wrapper import (
        WebhookDeletedWorkflowDtoWebhookPayloadWrapper as WebhookDeletedWorkflowDtoWebhookPayloadWrapper,
    )
    from .webhook_deleted_workflow_dto_webhook_payload_wrapper_object import (
        WebhookDeletedWorkflowDtoWebhookPayloadWrapperObject as WebhookDeletedWorkflowDtoWebhookPayloadWrapperObject,
    )
    from .webhook_deleted_workflow_dto_webhook_payload_wrapper_type import (
        WebhookDeletedWorkflowDtoWebhookPayloadWrapperType as WebhookDeletedWorkflowDtoWebhookPayloadWrapperType,
    )
    from .webhook_endpoint_dto import WebhookEndpointDto as WebhookEndpointDto
    from .webhook_inbound_email_address_dto import (
        WebhookInboundEmailAddressDto as WebhookInboundEmailAddressDto,
    )
    from .webhook_inbound_email_domain_dto import WebhookInboundEmailDomainDto as WebhookInboundEmailDomainDto
    from .webhook_inbound_email_dto import WebhookInboundEmailDto as WebhookInboundEmailDto
    from .webhook_inbound_email_dto_webhook_payload_wrapper import (
        WebhookInboundEmailDtoWebhookPayloadWrapper as WebhookInboundEmailDtoWebhookPayloadWrapper,
    )
    from .webhook_inbound_email_dto_webhook_payload_wrapper_object import (
        WebhookInboundEmailDtoWebhookPayloadWrapperObject as WebhookInboundEmailDtoWebhookPayloadWrapperObject,
    )
    from .webhook_inbound_email_dto_webhook_payload_wrapper_type import (
        WebhookInboundEmailDtoWebhookPayloadWrapperType as WebhookInboundEmailDtoWebhookPayloadWrapperType,
    )
    from .webhook_inbound_email_mail_dto import WebhookInboundEmailMailDto as WebhookInboundEmailMailDto
    from .webhook_inbound_email_route_dto import WebhookInboundEmailRouteDto as WebhookInboundEmailRouteDto
    from .webhook_message_dto import WebhookMessageDto as WebhookMessageDto
    from .webhook_message_dto_object import WebhookMessageDtoObject as WebhookMessageDtoObject
    from .webhook_message_dto_webhook_payload_wrapper import (
        WebhookMessageDtoWebhookPayloadWrapper as WebhookMessageDtoWebhookPayloadWrapper,
    )
    from .webhook_message_dto_webhook_payload_wrapper_object import (
        WebhookMessageDtoWebhookPayloadWrapperObject as WebhookMessageDtoWebhookPayloadWrapperObject,
    )
    from .webhook_message_dto_webhook_payload_wrapper_type import (
        WebhookMessageDtoWebhookPayloadWrapperType as WebhookMessageDtoWebhookPayloadWrapperType,
    )
    from .webhook_message_failed_dto import WebhookMessageFailedDto as WebhookMessageFailedDto
    from .webhook_message_failed_dto_object import (
        WebhookMessageFailedDtoObject as WebhookMessageFailedDtoObject,
    )
    from .webhook_message_failed_dto_webhook_payload_wrapper import (
        WebhookMessageFailedDtoWebhookPayloadWrapper as WebhookMessageFailedDtoWebhookPayloadWrapper,
    )
    from .webhook_message_failed_dto_webhook_payload_wrapper_object import (
        WebhookMessageFailedDtoWebhookPayloadWrapperObject as WebhookMessageFailedDtoWebhookPayloadWrapperObject,
    )
    from .webhook_message_failed_dto_webhook_payload_wrapper_type import (
        WebhookMessageFailedDtoWebhookPayloadWrapperType as WebhookMessageFailedDtoWebhookPayloadWrapperType,
    )
    from .webhook_preference_dto import WebhookPreferenceDto as WebhookPreferenceDto
    from .webhook_preference_dto_object import WebhookPreferenceDtoObject as WebhookPreferenceDtoObject
    from .webhook_preference_dto_webhook_payload_wrapper import (
        WebhookPreferenceDtoWebhookPayloadWrapper as WebhookPreferenceDtoWebhookPayloadWrapper,
    )
    from .webhook_preference_dto_webhook_payload_wrapper_object import (
        WebhookPreferenceDtoWebhookPayloadWrapperObject as WebhookPreferenceDtoWebhookPayloadWrapperObject,
    )
    from .webhook_preference_dto_webhook_payload_wrapper_type import (
        WebhookPreferenceDtoWebhookPayloadWrapperType as WebhookPreferenceDtoWebhookPayloadWrapperType,
    )
    from .webhook_result_dto import WebhookResultDto as WebhookResultDto
    from .webhook_updated_workflow_dto import WebhookUpdatedWorkflowDto as WebhookUpdatedWorkflowDto
    from .webhook_updated_workflow_dto_webhook_payload_wrapper import (
        WebhookUpdatedWorkflowDtoWebhookPayloadWrapper as WebhookUpdatedWorkflowDtoWebhookPayloadWrapper,
    )
    from .webhook_updated_workflow_dto_webhook_payload_wrapper_object import (
        WebhookUpdatedWorkflowDtoWebhookPayloadWrapperObject as WebhookUpdatedWorkflowDtoWebhookPayloadWrapperObject,
    )
    from .webhook_updated_workflow_dto_webhook_payload_wrapper_type import (
        WebhookUpdatedWorkflowDtoWebhookPayloadWrapperType as WebhookUpdatedWorkflowDtoWebhookPayloadWrapperType,
    )
    from .weekly_schedule_dto import WeeklyScheduleDto as WeeklyScheduleDto
    from .workflow_created_event import WorkflowCreatedEvent as WorkflowCreatedEvent
    from .workflow_created_event_object import WorkflowCreatedEventObject as WorkflowCreatedEventObject
    from .workflow_creation_source_enum import WorkflowCreationSourceEnum as WorkflowCreationSourceEnum
    from .workflow_deleted_event import WorkflowDeletedEvent as WorkflowDeletedEvent
    from .workflow_deleted_event_object import WorkflowDeletedEventObject as WorkflowDeletedEventObject
    from .workflow_dto import WorkflowDto as WorkflowDto
    from .workflow_dto_data import WorkflowDtoData as WorkflowDtoData
    from .workflow_info_dto import WorkflowInfoDto as WorkflowInfoDto
    from .workflow_list_response_dto import WorkflowListResponseDto as WorkflowListResponseDto
    from .workflow_preference_dto import WorkflowPreferenceDto as WorkflowPreferenceDto
    from .workflow_preference_request_dto import WorkflowPreferenceRequestDto as WorkflowPreferenceRequestDto
    from .workflow_preference_request_dto_condition import (
        WorkflowPreferenceRequestDtoCondition as WorkflowPreferenceRequestDtoCondition,
    )
    from .workflow_preferences_dto import WorkflowPreferencesDto as WorkflowPreferencesDto
    from .workflow_preferences_dto_channels import (
        WorkflowPreferencesDtoChannels as WorkflowPreferencesDtoChannels,
    )
    from .workflow_preferences_response_dto import (
        WorkflowPreferencesResponseDto as WorkflowPreferencesResponseDto,
    )
    from .workflow_published_event import WorkflowPublishedEvent as WorkflowPublishedEvent
    from .workflow_published_event_object import WorkflowPublishedEventObject as WorkflowPublishedEventObject
    from .workflow_response import WorkflowResponse as WorkflowResponse
    from .workflow_response_data import WorkflowResponseData as WorkflowResponseData
    from .workflow_response_dto import WorkflowResponseDto as WorkflowResponseDto
    from .workflow_response_dto_issues import WorkflowResponseDtoIssues as WorkflowResponseDtoIssues
    from .workflow_response_dto_payload_example import (
        WorkflowResponseDtoPayloadExample as WorkflowResponseDtoPayloadExample,
    )
    from .workflow_response_dto_payload_schema import (
        WorkflowResponseDtoPayloadSchema as WorkflowResponseDtoPayloadSchema,
    )
    from .workflow_response_dto_sort_field import WorkflowResponseDtoSortField as WorkflowResponseDtoSortField
    from .workflow_response_workflow_integration_status import (
        WorkflowResponseWorkflowIntegrationStatus as WorkflowResponseWorkflowIntegrationStatus,
    )
    from .workflow_run_steps_details_dto import WorkflowRunStepsDetailsDto as WorkflowRunStepsDetailsDto
    from .workflow_run_steps_details_dto_status import (
        WorkflowRunStepsDetailsDtoStatus as WorkflowRunStepsDetailsDtoStatus,
    )
    from .workflow_status_enum import WorkflowStatusEnum as WorkflowStatusEnum
    from .workflow_updated_event import WorkflowUpdatedEvent as WorkflowUpdatedEvent
    from .workflow_updated_event_object import WorkflowUpdatedEventObject as WorkflowUpdatedEventObject
    from .workspace_dto import WorkspaceDto as WorkspaceDto
