"""`quantix meta ...`: operator commands for the Meta app."""

from __future__ import annotations

from typing import Any

import typer

from app.cli import console, load_settings_or_exit, run_with_orm

app = typer.Typer(help="Meta app: webhook subscription.", no_args_is_help=True)


async def subscribe_app(settings: Any, *, whatsapp: bool = False) -> list[str]:
    """App-level webhook subscription (`POST /{app-id}/subscriptions`) with the app token: `page`/`leadgen`,
    and `whatsapp_business_account` (messages and template reviews) when asked. Meta calls back
    `GET /webhooks/meta` to verify."""
    from app.integrations.meta.calls import Graph

    wanted = [("page", "leadgen")]
    if whatsapp:
        wanted.append(("whatsapp_business_account", "messages,message_template_status_update,template_category_update"))
    done: list[str] = []
    async with Graph(settings) as graph:
        for obj, fields in wanted:
            await graph.post(
                f"{settings.meta_app_id}/subscriptions",
                object=obj,
                callback_url=f"{settings.base_url.rstrip('/')}/webhooks/meta",
                fields=fields,
                verify_token=settings.meta_webhook_verify_token,
                include_values="true",
                access_token=f"{settings.meta_app_id}|{settings.meta_app_secret}",
            )
            done.append(f"{obj}:{fields}")
    return done


@app.command("subscribe-app")
def subscribe_app_command(
    whatsapp: bool = typer.Option(False, "--whatsapp", help="Also subscribe WhatsApp messages and template reviews."),
) -> None:
    """Subscribe the Meta app to Lead Ads (and WhatsApp) webhooks at {QUANTIX_BASE_URL}/webhooks/meta."""
    from app.integrations.meta.graph import MetaError

    settings = load_settings_or_exit()

    async def run(s: Any) -> list[str]:
        return await subscribe_app(s, whatsapp=whatsapp)

    try:
        done = run_with_orm(run, settings)
    except MetaError as exc:
        console.print(f"[red]Meta refused the subscription:[/red] {exc.summary()}")
        raise typer.Exit(code=1) from None
    console.print("Subscribed: " + ", ".join(done))
