"""Sign-up, sign-in, sessions, profile, passwords, privacy policy acceptance and MFA."""

from __future__ import annotations

import datetime as dt
import uuid

import strawberry
from strawberry.types import Info

from app.accounts import mfa, services
from app.accounts.models import Organization, Role, User
from app.errors import DomainError, ErrorCode
from schema.accounts.types import OrganizationType, PrivacyPolicyType, SessionType, UserType
from schema.context import ctx, org_and_actor
from schema.errors import payload_mutation, payload_type
from schema.permissions import allow, public, signed_in
from schema.relay import pk_of


def target_pk(global_id: strawberry.ID | None, type_name: str, field: str = "id") -> uuid.UUID:
    """The key behind an id of `type_name`; another type's id (or none) is NOT_FOUND on `field`."""
    pk = pk_of(global_id, type_name) if global_id else None
    if pk is None:
        raise DomainError(ErrorCode.NOT_FOUND, "Not found.", field=field)
    return pk


# --- payloads -------------------------------------------------------------------------------------------


AuthPayload = payload_type(
    "AuthPayload",
    description="The result of signing up, signing in or switching organisation.",
    token=(str, "Bearer token for `Authorization: Bearer ...`."),
    user=UserType,
    organization=(OrganizationType, "The session's organisation."),
    must_accept_policy=(bool, "True when the user must accept the current privacy policy (acceptPrivacyPolicy)."),
)


async def auth_payload(token: str, user: User, organization_id: uuid.UUID | None) -> AuthPayload:
    from app.accounts.policy import current_policy

    org = await Organization.get_or_none(id=organization_id) if organization_id else None
    return AuthPayload(
        token=token,
        user=UserType.from_model(user),
        organization=OrganizationType.from_model(org) if org else None,
        must_accept_policy=user.accepted_policy_version != (await current_policy()).version,
    )


LogOutPayload = payload_type("LogOutPayload", session=SessionType)
UpdateProfilePayload = payload_type("UpdateProfilePayload", user=UserType)
ChangePasswordPayload = payload_type("ChangePasswordPayload", user=UserType)
RevokeSessionPayload = payload_type("RevokeSessionPayload", session=SessionType)


RequestPasswordResetPayload = payload_type(
    "RequestPasswordResetPayload",
    ok=(bool, "Always true: the answer is the same whether or not the address has an account."),
)


ResetPasswordPayload = payload_type("ResetPasswordPayload", user=UserType)
AcceptPrivacyPolicyPayload = payload_type("AcceptPrivacyPolicyPayload", privacy_policy=PrivacyPolicyType, user=UserType)


BeginMfaEnrollmentPayload = payload_type(
    "BeginMfaEnrollmentPayload",
    secret=(str, "Base32 TOTP secret for the authenticator app."),
    otpauth_uri=(str, "`otpauth://totp/...`, for a QR code."),
)


ConfirmMfaEnrollmentPayload = payload_type(
    "ConfirmMfaEnrollmentPayload",
    user=UserType,
    recovery_codes=(list[str], "Ten single-use codes, shown once. Keep them somewhere safe."),
)


DisableMfaPayload = payload_type("DisableMfaPayload", user=UserType)


RegenerateRecoveryCodesPayload = payload_type(
    "RegenerateRecoveryCodesPayload", recovery_codes=(list[str], "The new codes; the old ones stop working.")
)


ResetMemberMfaPayload = payload_type("ResetMemberMfaPayload", user=UserType)


# --- inputs ---------------------------------------------------------------------------------------------


@strawberry.input
class SignUpInput:
    email: str
    password: str
    full_name: str
    company_name: str
    birth_date: dt.date = strawberry.field(description="Checked (18 or older), never stored.")
    accepted_policy_version: str = strawberry.field(description="Must equal privacyPolicy.version.")
    phone: str | None = None
    job_title: str | None = None


@strawberry.input
class LogInInput:
    email: str
    password: str
    otp: str | None = strawberry.field(default=None, description="A TOTP code or an unused recovery code.")
    organization_id: strawberry.ID | None = strawberry.field(
        default=None, description="The organisation to act on; default: the one used last."
    )


@strawberry.input
class UpdateProfileInput:
    full_name: str | None = None
    email: str | None = None
    phone: str | None = strawberry.field(default=None, description="An empty string removes the phone.")
    job_title: str | None = strawberry.field(default=None, description="An empty string removes the job title.")
    time_zone: str | None = strawberry.field(default=None, description="IANA, e.g. Europe/Berlin (tasks' TODAY).")


@strawberry.input
class ChangePasswordInput:
    current_password: str
    new_password: str


@strawberry.input
class RevokeSessionInput:
    id: strawberry.ID


@strawberry.input
class SwitchOrganizationInput:
    organization_id: strawberry.ID


@strawberry.input
class RequestPasswordResetInput:
    email: str


@strawberry.input
class ResetPasswordInput:
    token: str
    new_password: str


@strawberry.input
class AcceptPrivacyPolicyInput:
    version: str


@strawberry.input
class ConfirmMfaEnrollmentInput:
    code: str


@strawberry.input
class DisableMfaInput:
    code: str = strawberry.field(description="A current TOTP code or an unused recovery code.")


@strawberry.input
class RegenerateRecoveryCodesInput:
    code: str = strawberry.field(description="A current TOTP code or an unused recovery code.")


@strawberry.input
class ResetMemberMfaInput:
    user_id: strawberry.ID


# --- resolvers ------------------------------------------------------------------------------------------


def _session_id(info: Info) -> uuid.UUID:
    viewer = ctx(info).require_viewer()
    assert viewer.session_id is not None, "signed_in() admits sessions only"
    return viewer.session_id


@strawberry.type
class Mutation:
    @payload_mutation(public(), "Create an account and its organisation (you become OWNER). 18+ only.")
    async def sign_up(self, info: Info, input: SignUpInput) -> AuthPayload:
        token, user = await services.sign_up(
            email=input.email,
            password=input.password,
            full_name=input.full_name,
            company_name=input.company_name,
            birth_date=input.birth_date,
            accepted_policy_version=input.accepted_policy_version,
            phone=input.phone,
            job_title=input.job_title,
        )
        return await auth_payload(token, user, user.last_organization_id)

    @payload_mutation(public(), "Sign in; returns a session token.")
    async def log_in(self, info: Info, input: LogInInput) -> AuthPayload:
        organization_id = None
        if input.organization_id:
            organization_id = pk_of(input.organization_id, "Organization") or uuid.UUID(int=0)
        token, user = await services.log_in(input.email, input.password, input.otp, organization_id)
        return await auth_payload(token, user, user.last_organization_id)

    @payload_mutation(signed_in(), "End this session.")
    async def log_out(self, info: Info) -> LogOutPayload:
        viewer = ctx(info).require_viewer()
        session = await services.log_out(_session_id(info))
        return LogOutPayload(session=SessionType.from_model(session, viewer.session_id) if session else None)

    @payload_mutation(signed_in(), "Correct your name, email, phone or job title.")
    async def update_profile(self, info: Info, input: UpdateProfileInput) -> UpdateProfilePayload:
        user = await services.update_profile(
            ctx(info).require_viewer().user_id,
            full_name=input.full_name,
            email=input.email,
            phone=input.phone or None,
            job_title=input.job_title or None,
            clear_phone=input.phone == "",
            clear_job_title=input.job_title == "",
            time_zone=input.time_zone,
        )
        return UpdateProfilePayload(user=UserType.from_model(user))

    @payload_mutation(signed_in(), "Change your password; your other sessions end.")
    async def change_password(self, info: Info, input: ChangePasswordInput) -> ChangePasswordPayload:
        user = await services.change_password(
            ctx(info).require_viewer().user_id,
            input.current_password,
            input.new_password,
            keep_session_id=_session_id(info),
        )
        return ChangePasswordPayload(user=UserType.from_model(user))

    @payload_mutation(signed_in(), "End one of your sessions.")
    async def revoke_session(self, info: Info, input: RevokeSessionInput) -> RevokeSessionPayload:
        viewer = ctx(info).require_viewer()
        session = await services.revoke_session(viewer.user_id, target_pk(input.id, "Session"))
        return RevokeSessionPayload(session=SessionType.from_model(session, viewer.session_id))

    @payload_mutation(signed_in(), "Make this session act on another of your organisations.")
    async def switch_organization(self, info: Info, input: SwitchOrganizationInput) -> AuthPayload:
        context = ctx(info)
        viewer = context.require_viewer()
        pk = target_pk(input.organization_id, "Organization", "organizationId")
        user = await services.switch_organization(_session_id(info), viewer.user_id, pk)
        return await auth_payload(context.bearer or "", user, pk)

    @payload_mutation(public(), "Mail a password reset link. The answer is the same for every address.")
    async def request_password_reset(self, info: Info, input: RequestPasswordResetInput) -> RequestPasswordResetPayload:
        await services.request_password_reset(input.email)
        return RequestPasswordResetPayload(ok=True)

    @payload_mutation(public(), "Set a new password with the mailed token; every session ends.")
    async def reset_password(self, info: Info, input: ResetPasswordInput) -> ResetPasswordPayload:
        user = await services.reset_password(input.token, input.new_password)
        return ResetPasswordPayload(user=UserType.from_model(user))

    @payload_mutation(signed_in(), "Accept the current privacy policy version.")
    async def accept_privacy_policy(self, info: Info, input: AcceptPrivacyPolicyInput) -> AcceptPrivacyPolicyPayload:
        from app.accounts.policy import current_policy

        user = await services.accept_policy(ctx(info).require_viewer().user_id, input.version.strip())
        return AcceptPrivacyPolicyPayload(
            privacy_policy=PrivacyPolicyType.from_model(await current_policy()), user=UserType.from_model(user)
        )

    @payload_mutation(signed_in(), "Start TOTP enrolment: a secret and its otpauth URI.")
    async def begin_mfa_enrollment(self, info: Info) -> BeginMfaEnrollmentPayload:
        secret, uri = await mfa.begin_enrollment(ctx(info).require_viewer().user_id)
        return BeginMfaEnrollmentPayload(secret=secret, otpauth_uri=uri)

    @payload_mutation(signed_in(), "Finish enrolment with a code from the app; returns 10 recovery codes.")
    async def confirm_mfa_enrollment(self, info: Info, input: ConfirmMfaEnrollmentInput) -> ConfirmMfaEnrollmentPayload:
        viewer = ctx(info).require_viewer()
        user, codes = await mfa.confirm_enrollment(viewer.user_id, input.code, keep_session_id=viewer.session_id)
        return ConfirmMfaEnrollmentPayload(user=UserType.from_model(user), recovery_codes=codes)

    @payload_mutation(signed_in(), "Turn two-factor authentication off (needs a code).")
    async def disable_mfa(self, info: Info, input: DisableMfaInput) -> DisableMfaPayload:
        viewer = ctx(info).require_viewer()
        user = await mfa.disable(viewer.user_id, input.code, keep_session_id=viewer.session_id)
        return DisableMfaPayload(user=UserType.from_model(user))

    @payload_mutation(signed_in(), "Replace your recovery codes (needs a code).")
    async def regenerate_recovery_codes(
        self, info: Info, input: RegenerateRecoveryCodesInput
    ) -> RegenerateRecoveryCodesPayload:
        codes = await mfa.regenerate_recovery_codes(ctx(info).require_viewer().user_id, input.code)
        return RegenerateRecoveryCodesPayload(recovery_codes=codes)

    @payload_mutation(allow(Role.OWNER), "Turn off a member's two-factor authentication (lost device). Audited.")
    async def reset_member_mfa(self, info: Info, input: ResetMemberMfaInput) -> ResetMemberMfaPayload:
        user = await mfa.reset_member_mfa(*org_and_actor(info), target_pk(input.user_id, "User", "userId"))
        return ResetMemberMfaPayload(user=UserType.from_model(user))
