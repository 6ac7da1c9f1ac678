import dagster as dg


def build_site_defs(site: str) -> dg.Definitions:
    @dg.asset(name=f"{site}_firings")
    def firings():
        return []

    return dg.Definitions(assets=[firings])
