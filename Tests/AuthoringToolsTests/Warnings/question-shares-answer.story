story "Fixture" id fixture

scene street "Bornholmer Strasse"
  A woman with a shopping bag waits by the tram stop.
  person keller "Frau Keller"
    nouns woman, keller
    A grey-haired woman with a shopping bag.
    talk
      "Did you see Schabowski on the television?" Frau Keller asks.
    about yes
      "Then you heard it too!" She laughs.
    about no
      "He said we can travel. Just like that."
    about name
      "Keller. And you are the boy from the third floor, aren't you?"
  on leave
    end out

ending out "Out" success
  Bye.
