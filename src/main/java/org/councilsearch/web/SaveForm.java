package org.councilsearch.web;

import java.util.ArrayList;
import java.util.List;
import org.councilsearch.search.SearchFilters;

/**
 * What the results page offers to take the search away: the CSV download of all its pages, and
 * the form that saves it with every filter it has.
 *
 * @param csvHref the whole result as CSV
 * @param name the name the form proposes (the query)
 * @param fields the filters the save form carries
 * @param tokenNeeded whether the form asks for the admin token
 */
record SaveForm(String csvHref, String name, List<SearchPage.Field> fields, boolean tokenNeeded) {
  /** Nothing to save: no search ran. */
  static final SaveForm NONE = null;

  static SaveForm of(SearchForm form, boolean tokenNeeded) {
    List<SearchPage.Field> fields = new ArrayList<>();
    for (String key : SearchFilters.KEYS) {
      if (form.get(key) != null) {
        fields.add(new SearchPage.Field(key, form.get(key)));
      }
    }
    String q = form.q();
    String name = q.length() > 100 ? q.substring(0, 100) : q;
    return new SaveForm(form.without("size").without("page").link("/api/search") + "&format=csv", name, fields, tokenNeeded);
  }
}
