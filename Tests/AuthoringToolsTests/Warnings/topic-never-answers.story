story "Fixture" id fixture

scene station "Near the Capitol"
  A young woman with a clipboard hurries from group to group.
  person paul "Alice Paul"
    nouns woman, paul
    A slight young woman with a clipboard.
    talk
      "We march at three," the young woman says.
    about yes
      "Good. Will you carry a banner for the teachers?"
      set asked-banner
    about yes
      only if asked-banner
      "Splendid." She hands you a rolled banner.
      clear asked-banner
  on leave
    end out

ending out "Out" success
  Bye.
