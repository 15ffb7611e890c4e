"""Tokens and OAuth: self-describing signed tokens, the login dialog, code exchange, debug_token, user edges."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import secrets
from collections.abc import Iterable
from typing import Any

from starlette.responses import JSONResponse, RedirectResponse, Response

from app.sandbox.meta.core import (
    ALL_SCOPES,
    DATA_ACCESS,
    LONG_LIVED,
    SHORT_LIVED,
    GraphError,
    Token,
    _as_list,
    _b64,
    _missing,
    _unb64,
    _with_params,
)


class TokensMixin:
    """Minting, checking and exchanging tokens; the OAuth dialog; the user's permission and asset edges."""

    def issue_token(
        self,
        kind: str,
        *,
        user_id: str | None,
        scopes: Iterable[str],
        lifetime: int | None,
        page_id: str | None = None,
    ) -> str:
        """Mint a token (lifetime None = never expires). The string is self-describing and signed."""
        now = int(self.now())
        claims = {
            "k": kind,
            "u": user_id,
            "p": page_id,
            "s": sorted(set(scopes)),
            "i": now,
            "e": 0 if lifetime is None else now + lifetime,
            "n": secrets.token_hex(4),
        }
        blob = _b64(json.dumps(claims, separators=(",", ":")).encode())
        sig = _b64(hmac.new(self.app_secret.encode(), blob.encode(), hashlib.sha256).digest()[:12])
        value = f"EAA{kind[0]}{blob}.{sig}"
        self.tokens[value] = self._token_from_claims(value, claims)
        return value

    def _token_from_claims(self, value: str, claims: dict[str, Any]) -> Token:
        return Token(
            value=value,
            kind=claims["k"],
            app_id=self.app_id,
            user_id=claims["u"],
            page_id=claims.get("p"),
            scopes=list(claims["s"]),
            declined=list(self.user_declined.get(claims["u"] or "", [])),
            issued_at=claims["i"],
            expires_at=claims["e"],
            data_access_expires_at=claims["i"] + DATA_ACCESS,
        )

    def user_token(self, user_id: str | None = None, *, scopes: Iterable[str] | None = None, long_lived: bool = True):
        """A user access token for tests (default: the seeded user, all granted scopes, 60 days)."""
        user_id = user_id or self.USER_ID
        return self.issue_token(
            "USER",
            user_id=user_id,
            scopes=scopes if scopes is not None else self.user_scopes.get(user_id, ALL_SCOPES),
            lifetime=LONG_LIVED if long_lived else SHORT_LIVED,
        )

    def system_user_token(self, scopes: Iterable[str] = ALL_SCOPES) -> str:
        """A non-expiring system-user token (WhatsApp Cloud API style)."""
        return self.issue_token("SYSTEM_USER", user_id=self.USER_ID, scopes=scopes, lifetime=None)

    def app_token(self) -> str:
        return f"{self.app_id}|{self.app_secret}"

    def lookup_token(self, value: str) -> Token | None:
        if value == self.app_token():
            return Token(value, "APP", self.app_id, None, [], 0, 0)
        found = self.tokens.get(value)
        if found is not None:
            return found
        if value.startswith("EAA") and "." in value:
            blob, sig = value[4:].rsplit(".", 1)
            expected = _b64(hmac.new(self.app_secret.encode(), blob.encode(), hashlib.sha256).digest()[:12])
            if hmac.compare_digest(sig, expected):
                try:
                    claims = json.loads(_unb64(blob))
                except ValueError:
                    return None
                token = self._token_from_claims(value, claims)
                self.tokens[value] = token
                return token
        return None

    def remove_app(self, user_id: str | None = None, subcode: int = 458) -> None:
        """The user removed the app (458) or changed their password (460): all their tokens die."""
        self.revoked_users[user_id or self.USER_ID] = subcode

    def _token_problem(self, token: Token) -> GraphError | None:
        now = self.now()
        if not token.valid or (token.user_id and token.user_id in self.revoked_users and token.kind != "APP"):
            sub = token.invalid_subcode or self.revoked_users.get(token.user_id or "", 458)
            text = {
                458: "Error validating access token: The user has not authorized application " + self.app_id + ".",
                460: "Error validating access token: The session has been invalidated because the user changed "
                "their password.",
                467: "Error validating access token: The user is logged out.",
            }.get(sub, "Error validating access token: The session is invalid.")
            return GraphError(190, text, subcode=sub, http_status=400)
        if token.expires_at and token.expires_at <= now:
            return GraphError(
                190,
                "Error validating access token: Session has expired on "
                + dt.datetime.fromtimestamp(token.expires_at, dt.UTC).strftime("%A, %d-%b-%y %H:%M:%S PST")
                + ".",
                subcode=463,
            )
        if token.data_access_expires_at and token.data_access_expires_at <= now and token.kind == "USER":
            return GraphError(
                190,
                "Error validating access token: The user has not engaged the app in longer than 90 days.",
                subcode=493,
            )
        return None

    def _authenticate(self, params: dict[str, Any], segments: list[str]) -> Token:
        value = params.get("access_token")
        if not value:
            raise GraphError(2500, "An active access token must be used to query information about the current user.")
        token = self.lookup_token(str(value))
        if token is None:
            raise GraphError(190, "Invalid OAuth access token - Cannot parse access token")
        problem = self._token_problem(token)
        if problem is not None:
            raise problem
        if self.require_appsecret_proof and token.kind != "APP":
            proof = params.get("appsecret_proof")
            signed = str(value)
            if params.get("appsecret_time"):  # the time-bound variant (META.md §1.8)
                signed = f"{value}|{params['appsecret_time']}"
            expected = hmac.new(self.app_secret.encode(), signed.encode(), hashlib.sha256).hexdigest()
            if not proof or not hmac.compare_digest(str(proof), expected):
                raise GraphError(
                    100,
                    "Invalid appsecret_proof provided in the API argument"
                    if proof
                    else "API calls from the server require an appsecret_proof argument",
                    type="GraphMethodException",
                )
        return token

    def _require(self, token: Token, *any_of: str) -> None:
        if token.kind == "APP":
            return
        if not set(any_of) & set(token.scopes):
            names = " or ".join(any_of)
            raise GraphError(
                200, f"(#200) Requires {names} permission to manage the object", type="OAuthException", http_status=403
            )

    def _check_object_access(self, token: Token, obj: dict[str, Any]) -> None:
        kind = obj["_type"]
        if token.kind == "APP" and kind not in ("app", "user"):
            raise _missing(obj["id"])
        if kind == "user":
            if token.kind != "APP" and token.user_id != obj["id"]:
                raise _missing(obj["id"])
        elif kind in ("adaccount", "campaign", "adset", "ad"):
            self._require(token, "ads_read", "ads_management")
            account = "act_" + (self._account_of(obj) or "")
            if account not in self.user_ad_accounts.get(token.user_id or "", []):
                raise _missing(obj["id"])
        elif kind == "page":
            if obj["id"] not in self.user_pages.get(token.user_id or "", {}):
                raise _missing(obj["id"])
        elif kind in ("leadgen_form", "lead"):
            self._lead_access(token, obj)
        elif kind in ("waba", "phone_number", "template"):
            self._require(token, "whatsapp_business_management", "whatsapp_business_messaging")

    def _dialog(self, params: dict[str, Any]) -> Response:
        redirect_uri = params.get("redirect_uri")
        if params.get("client_id") != self.app_id or not redirect_uri:
            return JSONResponse(GraphError(191, "Invalid App ID or redirect_uri").body(), status_code=400)
        state = params.get("state", "")
        if self.deny_dialog or self.deny_dialog_once:
            self.deny_dialog_once = False
            query = {
                "error": "access_denied",
                "error_code": "200",
                "error_description": "Permissions error",
                "error_reason": "user_denied",
                "state": state,
            }
            return RedirectResponse(_with_params(redirect_uri, **query), status_code=302)
        requested = _as_list(params.get("scope")) or ["public_profile"]
        granted = [s for s in requested if self.grant_scopes is None or s in self.grant_scopes]
        declined = [s for s in requested if s not in granted]
        user_id = self.dialog_user_id or self.USER_ID
        if user_id not in self.user_scopes:
            self.add_user(user_id, "Dialog User")
        self.user_scopes[user_id] = granted
        self.user_declined[user_id] = declined
        self.revoked_users.pop(user_id, None)
        code = "AQ" + secrets.token_urlsafe(24)
        self.codes[code] = {
            "redirect_uri": redirect_uri,
            "user_id": user_id,
            "scopes": granted,
            "expires": self.now() + 600,
        }
        return RedirectResponse(_with_params(redirect_uri, code=code, state=state), status_code=302)

    def _check_client(self, params: dict[str, Any]) -> None:
        if params.get("client_id") != self.app_id:
            raise GraphError(101, "Error validating application. Invalid application ID.")
        if params.get("client_secret") != self.app_secret:
            raise GraphError(1, "Error validating client secret.")

    def _access_token(self, params: dict[str, Any]) -> dict[str, Any]:
        grant = params.get("grant_type")
        if grant == "fb_exchange_token":
            self._check_client(params)
            short = self.lookup_token(str(params.get("fb_exchange_token", "")))
            if short is None:
                raise GraphError(190, "Invalid OAuth access token - Cannot parse access token")
            problem = self._token_problem(short)
            if problem is not None:
                raise problem
            value = self.issue_token("USER", user_id=short.user_id, scopes=short.scopes, lifetime=LONG_LIVED)
            return {"access_token": value, "token_type": "bearer", "expires_in": LONG_LIVED - 56}
        if grant == "client_credentials":
            self._check_client(params)
            return {"access_token": self.app_token(), "token_type": "bearer"}
        code = params.get("code")
        if not code:
            raise GraphError(100, "Missing authorization code", type="OAuthException")
        self._check_client(params)
        entry = self.codes.get(str(code))
        if entry is None:
            raise GraphError(100, "This authorization code has been used.", subcode=36009)
        if entry["redirect_uri"] != params.get("redirect_uri"):
            raise GraphError(
                100,
                "Error validating verification code. Please make sure your redirect_uri is identical to the one "
                "you used in the OAuth dialog request",
                subcode=36008,
            )
        del self.codes[str(code)]  # single use, whatever happens next
        if entry["expires"] < self.now():
            raise GraphError(100, "This authorization code has expired.", subcode=36007)
        value = self.issue_token("USER", user_id=entry["user_id"], scopes=entry["scopes"], lifetime=SHORT_LIVED)
        return {"access_token": value, "token_type": "bearer", "expires_in": SHORT_LIVED - 24}

    def _debug_token(self, params: dict[str, Any]) -> dict[str, Any]:
        caller = self.lookup_token(str(params.get("access_token", "")))
        if caller is None or (caller.kind != "APP" and self._token_problem(caller) is not None):
            raise GraphError(190, "Invalid OAuth access token - Cannot parse access token")
        target = self.lookup_token(str(params.get("input_token", "")))
        if target is None:
            return {
                "data": {
                    "error": {"code": 190, "message": "Invalid OAuth access token."},
                    "is_valid": False,
                    "scopes": [],
                }
            }
        data: dict[str, Any] = {
            "app_id": self.app_id,
            "type": target.kind,
            "application": self.app_name,
            "data_access_expires_at": target.data_access_expires_at,
            "expires_at": target.expires_at,
            "is_valid": True,
            "issued_at": target.issued_at,
            "scopes": list(target.scopes),
            "granular_scopes": [{"scope": s} for s in target.scopes],
        }
        if target.user_id:
            data["user_id"] = target.user_id
        if target.page_id:
            data["profile_id"] = target.page_id
        problem = self._token_problem(target) if target.kind != "APP" else None
        if problem is not None:
            data["is_valid"] = False
            data["error"] = {"code": problem.code, "message": problem.message, "subcode": problem.subcode}
        return {"data": data}

    def _page_token(self, user_token: Token, page_id: str) -> str:
        lifetime = (
            None if (user_token.expires_at == 0 or user_token.expires_at - user_token.issued_at > 86400) else 3600
        )
        return self.issue_token(
            "PAGE", user_id=user_token.user_id, scopes=user_token.scopes, lifetime=lifetime, page_id=page_id
        )

    def _edge_user_permissions(self, method, obj, token, params, body, url, rest) -> Any:
        if token.kind != "APP" and token.user_id != obj["id"]:
            raise _missing(obj["id"])
        if method == "DELETE":
            if rest:
                perm = rest[0]
                self.user_scopes[obj["id"]] = [s for s in self.user_scopes.get(obj["id"], []) if s != perm]
                for t in self.tokens.values():
                    if t.user_id == obj["id"]:
                        t.scopes = [s for s in t.scopes if s != perm]
                self.user_declined.setdefault(obj["id"], [])
                if perm not in self.user_declined[obj["id"]]:
                    self.user_declined[obj["id"]].append(perm)
                return True  # META.md §1.1: one permission -> `true`
            self.remove_app(obj["id"], 458)
            for page_id in self.user_pages.get(obj["id"], {}):
                self.subscribed_apps.pop(page_id, None)
            return {"success": True}
        if method != "GET":
            raise GraphError(100, "(#100) Unsupported post request.", type="GraphMethodException")
        granted = token.scopes if token.kind != "APP" else self.user_scopes.get(obj["id"], [])
        rows = [{"permission": "public_profile", "status": "granted"}]
        rows += [{"permission": s, "status": "granted"} for s in granted if s != "public_profile"]
        rows += [{"permission": s, "status": "declined"} for s in self.user_declined.get(obj["id"], [])]
        return {"data": rows}

    def _edge_user_accounts(self, method, obj, token, params, body, url, rest) -> Any:
        self._check_object_access(token, obj)
        if "pages_show_list" not in token.scopes:
            return {"data": []}
        pages = [self.objects[p] for p in self.user_pages.get(obj["id"], {}) if p in self.objects]
        fields = params.get("fields") or "id,name,access_token,category,tasks"
        return self._list(pages, {**params, "fields": fields}, token, url)

    def _edge_user_adaccounts(self, method, obj, token, params, body, url, rest) -> Any:
        self._check_object_access(token, obj)
        self._require(token, "ads_read", "ads_management")
        accounts = [self.objects[a] for a in self.user_ad_accounts.get(obj["id"], []) if a in self.objects]
        return self._list(accounts, params, token, url)
