"""One public OpenAPI document: the gateway's own routes plus the routes of every service behind it.

Partners and frontends read a single `/openapi.json` at the gateway. It shows only what the
permission table exposes (a service's health checks and internal routes stay out), says on each
operation who may call it, and declares the gateway's OAuth2 token endpoint as the way in.

`OpenAPICatalog` fetches and caches the services' documents; `merge_openapi` is a pure function
from those documents (and the gateway's own) to the public one.
"""

from __future__ import annotations

import asyncio
import copy
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import structlog

from palli_gateway.settings import Upstream

log = structlog.get_logger(__name__)

OPENAPI_VERSION = "3.1.0"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PUBLIC_PREFIX = "/v1"
GATEWAY = "gateway"  # the gateway's own part of the document, merged first so its names stay plain
COMPONENTS_PREFIX = "#/components/"

Json = dict[str, Any]


@dataclass(frozen=True)
class RouteAccess:
    """Who may call a route. Empty roles and empty scopes: any authenticated caller."""

    roles: tuple[str, ...] = ()
    scopes: tuple[str, ...] = ()
    public: bool = False  # no token at all (the token endpoint itself)


Access = Callable[[str, str], RouteAccess | None]  # (METHOD, path template) -> who may call; None: not in the table


# --- $ref handling -------------------------------------------------------------------------------


def _split_ref(ref: str) -> tuple[str, str, str] | None:
    """'#/components/schemas/Item/properties/x' -> ('schemas', 'Item', '/properties/x')."""
    if not ref.startswith(COMPONENTS_PREFIX):
        return None
    section, _, rest = ref[len(COMPONENTS_PREFIX) :].partition("/")
    name, slash, tail = rest.partition("/")
    return (section, name, slash + tail) if section and name else None


def _refs(node: Any) -> Iterator[str]:
    """Every reference in a JSON tree: `$ref` values and discriminator mappings (both name components)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            elif key == "discriminator" and isinstance(value, dict) and isinstance(value.get("mapping"), dict):
                yield from (v for v in value["mapping"].values() if isinstance(v, str))
                yield from _refs({k: v for k, v in value.items() if k != "mapping"})
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _rewrite(node: Any, renames: dict[tuple[str, str], str]) -> Any:
    """A copy of `node` with references to renamed components pointing at their new names."""
    if not renames:
        return copy.deepcopy(node)

    def ref(value: str) -> str:
        parts = _split_ref(value)
        if parts is None or (parts[0], parts[1]) not in renames:
            return value
        section, name, tail = parts
        return f"{COMPONENTS_PREFIX}{section}/{renames[(section, name)]}{tail}"

    def walk(n: Any) -> Any:
        if isinstance(n, dict):
            out = {}
            for key, value in n.items():
                if key == "$ref" and isinstance(value, str):
                    out[key] = ref(value)
                elif key == "discriminator" and isinstance(value, dict) and isinstance(value.get("mapping"), dict):
                    out[key] = {**walk({k: v for k, v in value.items() if k != "mapping"}),
                                "mapping": {k: ref(v) if isinstance(v, str) else v for k, v in value["mapping"].items()}}
                else:
                    out[key] = walk(value)
            return out
        if isinstance(n, list):
            return [walk(item) for item in n]
        return n

    return walk(node)


# --- one part (the gateway or a service) -----------------------------------------------------------


@dataclass
class _Part:
    service: str
    paths: Json  # kept paths only
    components: dict[str, Json]  # section -> name -> object; only what the kept paths use
    tags: list[Json]


def _select_paths(service: str, spec: Json, access: Access) -> Json:
    """The gateway keeps its own /v1 paths; a service keeps /v1 operations the permission table lists."""
    kept: Json = {}
    for path, item in (spec.get("paths") or {}).items():
        if not path.startswith(PUBLIC_PREFIX) or not isinstance(item, dict):
            continue
        methods = {m: op for m, op in item.items() if m in HTTP_METHODS}
        if service != GATEWAY:
            methods = {m: op for m, op in methods.items() if access(m.upper(), path) is not None}
        if methods:  # a path whose every method is dropped disappears, path-level fields with it
            rest = {k: v for k, v in item.items() if k not in HTTP_METHODS}
            kept[path] = copy.deepcopy({**rest, **methods})
    return kept


def _used_components(paths: Json, components: dict[str, Json]) -> dict[str, Json]:
    """Only components the kept paths reach: schemas of internal routes stay private, and fewer
    names can clash with other services'."""
    used: set[tuple[str, str]] = set()
    pending = list(_refs(paths))
    while pending:
        parts = _split_ref(pending.pop())
        if parts is None:
            continue
        key = parts[:2]
        target = components.get(key[0], {}).get(key[1])
        if key in used or target is None:
            continue
        used.add(key)
        pending.extend(_refs(target))
    out: dict[str, Json] = {}
    for section, names in components.items():
        kept = {n: copy.deepcopy(v) for n, v in names.items() if (section, n) in used}
        if kept:
            out[section] = kept
    return out


def _part(service: str, spec: Json, access: Access) -> _Part:
    paths = _select_paths(service, spec, access)
    components = {
        section: names
        for section, names in (spec.get("components") or {}).items()
        if section != "securitySchemes" and isinstance(names, dict)  # the gateway declares the only schemes
    }
    return _Part(service, paths, _used_components(paths, components), list(spec.get("tags") or []))


# --- merging ---------------------------------------------------------------------------------------


def _pascal(service: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", service) if w) or "Service"


def _fresh(name: str, taken: set[str]) -> str:
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name}{n}", n + 1
    return candidate


def _renames(part: _Part, merged: dict[str, Json]) -> dict[tuple[str, str], str]:
    """Which of this part's components must be renamed `<Service>_<Name>`.

    A component keeps its name only if, once its own references are rewritten, it is identical to
    the one already merged under that name. Renaming one component can change another that
    refers to it (an identical `Problem` whose `ProblemError` differs), so repeat until stable.
    """
    clashing: set[tuple[str, str]] = set()
    grew = True
    while grew:
        # A reference to a component being renamed points elsewhere than the merged copy's
        # does; an impossible name stands in for the new one, which is not chosen yet.
        marked = {key: "\0" + key[1] for key in clashing}
        grew = False
        for section, names in part.components.items():
            for name, obj in names.items():
                existing = merged.get(section, {}).get(name)
                if (section, name) in clashing or existing is None or _rewrite(obj, marked) == existing:
                    continue
                clashing.add((section, name))
                grew = True
    renames: dict[tuple[str, str], str] = {}
    for section, name in sorted(clashing):
        taken = set(merged.get(section, {})) | set(part.components.get(section, {}))
        taken |= {new for (s, _), new in renames.items() if s == section}
        renames[(section, name)] = _fresh(f"{_pascal(part.service)}_{name}", taken)
    return renames


def _access_line(rule: RouteAccess | None) -> str:
    if rule is None or rule.public:
        return "Allowed: anyone; no token needed."
    if not rule.roles and not rule.scopes:
        return "Allowed: any authenticated caller."
    roles = ", ".join(rule.roles) or "none"
    scopes = ", ".join(rule.scopes) or "none"
    return f"Allowed: roles {roles}; partner scopes {scopes}."


def _secure(method: str, path: str, op: Json, access: Access, scopes: set[str]) -> None:
    rule = access(method.upper(), path)
    if rule is None or rule.public:  # None: a gateway route the table does not list; taken as public
        op["security"] = []
    else:
        # Either an OAuth2 token (partners need the listed scopes; staff tokens carry roles) or
        # a bearer token obtained earlier: the same JWT, two ways to paste it into a client.
        op["security"] = [{"oauth2": list(rule.scopes)}, {"bearer": []}]
        scopes.update(rule.scopes)
    line = _access_line(rule)
    op["description"] = f"{op['description'].rstrip()}\n\n{line}" if op.get("description") else line


def _description(gateway_spec: Json, service_specs: dict[str, Json], missing: Iterable[str]) -> str:
    lines = [gateway_spec.get("info", {}).get("description") or "The Palli public API, through the gateway."]
    if service_specs:
        lines += ["", "Services in this document:"]
        for name in sorted(service_specs):
            info = service_specs[name].get("info") or {}
            lines.append(f"- {name}: {info.get('title', name)} {info.get('version', '')}".rstrip())
    missing = sorted(set(missing))
    if missing:
        lines += ["", "Unavailable when this document was built (their routes are missing here): " + ", ".join(missing) + "."]
    return "\n".join(lines)


def merge_openapi(
    gateway_spec: Json,
    service_specs: dict[str, Json],
    access: Access,
    *,
    title: str,
    version: str,
    public_url: str,
    token_url: str = "/v1/auth/token",
    missing: Iterable[str] = (),
) -> Json:
    """The public OpenAPI 3.1 document. Inputs are not modified.

    `access(METHOD, path)` is the permission table: a service operation it returns None for is
    left out. `missing` names services with no document (down, and never seen); the description
    says so.
    """
    parts = [_part(GATEWAY, gateway_spec, access)]
    parts += [_part(name, service_specs[name], access) for name in sorted(service_specs)]

    paths: Json = {}
    components: dict[str, Json] = {}
    tags: dict[str, Json] = {}
    operation_ids: set[str] = set()
    scopes: set[str] = set()
    for part in parts:
        renames = _renames(part, components)
        for section, names in part.components.items():
            target = components.setdefault(section, {})
            for name, obj in names.items():
                target.setdefault(renames.get((section, name), name), _rewrite(obj, renames))
        for path, item in _rewrite(part.paths, renames).items():
            if path not in paths:
                paths[path] = {k: v for k, v in item.items() if k not in HTTP_METHODS}
            merged_item = paths[path]
            for key, value in item.items():
                # A path two parts declare is a routing mistake; the first (the gateway, then
                # services by name) keeps its path-level fields and any operation both declare.
                if key not in HTTP_METHODS or key in merged_item:
                    continue
                op_id = value.get("operationId")
                if op_id:
                    if op_id in operation_ids:
                        op_id = _fresh(f"{part.service}_{op_id}", operation_ids)
                    value["operationId"] = op_id
                    operation_ids.add(op_id)
                _secure(key, path, value, access, scopes)
                merged_item[key] = value
        for tag in part.tags:
            tags.setdefault(tag.get("name", ""), copy.deepcopy(tag))

    components["securitySchemes"] = {
        "oauth2": {
            "type": "oauth2",
            "description": "Staff sign in with the password flow; partner systems use client credentials.",
            "flows": {
                # staff tokens carry roles, not scopes, so the password flow asks for none
                "password": {"tokenUrl": token_url, "refreshUrl": token_url, "scopes": {}},
                "clientCredentials": {
                    "tokenUrl": token_url,
                    "scopes": {s: f"Partner scope {s}" for s in sorted(scopes)},
                },
            },
        },
        "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT",
                   "description": f"An access token from {token_url}."},
    }
    document: Json = {
        "openapi": OPENAPI_VERSION,
        "info": {"title": title, "version": version, "description": _description(gateway_spec, service_specs, missing)},
        "servers": [{"url": public_url}],
        "paths": paths,
        "components": components,
    }
    if tags:
        document["tags"] = list(tags.values())
    return document


# --- fetching the services' documents --------------------------------------------------------------


@dataclass
class _Copy:
    spec: Json
    fetched_at: float


class OpenAPICatalog:
    """Each service's /openapi.json, fetched concurrently and cached for `ttl_seconds`.

    A service that does not answer in `fetch_timeout` keeps its last good copy; one never seen is
    left out and listed in `missing`. `specs()` never raises: the gateway's document is built from
    whatever is at hand.
    """

    def __init__(
        self,
        client: httpx.AsyncClient,
        upstreams: list[Upstream],
        *,
        ttl_seconds: float = 60,
        fetch_timeout: float = 2.0,
    ):
        self._client = client
        self._urls: dict[str, str] = {}
        for upstream in upstreams:  # one service usually owns several prefixes
            self._urls.setdefault(upstream.service, upstream.url.rstrip("/") + "/openapi.json")
        self._ttl = ttl_seconds
        self._fetch_timeout = fetch_timeout
        self._copies: dict[str, _Copy] = {}
        self._refreshed_at: float | None = None
        self._lock = asyncio.Lock()

    @property
    def services(self) -> tuple[str, ...]:
        return tuple(self._urls)

    @property
    def missing(self) -> tuple[str, ...]:
        """Services with no copy at all (never answered so far)."""
        return tuple(s for s in self._urls if s not in self._copies)

    async def specs(self) -> dict[str, Json]:
        """Service name -> its OpenAPI document. The dicts are shared with the cache: do not modify."""
        if not self._fresh():
            async with self._lock:  # one refresh at a time; whoever waited finds it done
                if not self._fresh():
                    await self._refresh()
        return {s: self._copies[s].spec for s in self._urls if s in self._copies}

    def _fresh(self) -> bool:
        return self._refreshed_at is not None and time.monotonic() - self._refreshed_at < self._ttl

    async def _refresh(self) -> None:
        names = list(self._urls)
        results = await asyncio.gather(*(self._fetch(n) for n in names))
        now = time.monotonic()
        for name, spec in zip(names, results, strict=True):
            if spec is not None:
                self._copies[name] = _Copy(spec, now)
        self._refreshed_at = now

    async def _fetch(self, service: str) -> Json | None:
        url = self._urls[service]
        try:
            # wait_for bounds the whole exchange, which httpx's per-phase timeouts do not
            response = await asyncio.wait_for(self._client.get(url, timeout=self._fetch_timeout), self._fetch_timeout)
            response.raise_for_status()
            spec = response.json()
            if not isinstance(spec, dict) or not isinstance(spec.get("paths"), dict):
                raise ValueError("not an OpenAPI document")
            return spec
        except Exception as exc:  # noqa: BLE001 - any failure means: use the last good copy
            kept = service in self._copies
            log.warning("openapi fetch failed", service=service, url=url, error=repr(exc), kept_last_copy=kept)
            return None
