package io.roadcase.check;

import io.roadcase.model.FundingCase;
import io.roadcase.model.Initiative;
import io.roadcase.model.Kpi;
import io.roadcase.model.Portfolio;
import java.util.HashMap;
import java.util.Map;

/** The records by id (the first of duplicates), built once for every rule. */
final class RecordsById {

    final Map<String, Initiative> initiatives = new HashMap<>();
    final Map<String, Kpi> kpis = new HashMap<>();
    final Map<String, FundingCase> cases = new HashMap<>();

    RecordsById(Portfolio portfolio) {
        portfolio.initiatives().forEach(i -> initiatives.putIfAbsent(i.id(), i));
        portfolio.kpis().forEach(k -> kpis.putIfAbsent(k.id(), k));
        portfolio.fundingCases().forEach(c -> cases.putIfAbsent(c.id(), c));
    }
}
