from pathlib import Path

from palli_gateway.permissions import markdown_table


def test_readme_holds_the_permission_table_the_gateway_enforces():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert markdown_table() in readme, "regenerate: palli-gateway permissions (then paste under ## Permissions)"
