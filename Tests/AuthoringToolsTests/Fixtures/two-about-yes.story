story "Two about yes" id two-about-yes-fixture

scene street "The Street"
  A neighbour stands at her door.
  person keller "Frau Keller"
    nouns keller, neighbour
    An old neighbour.
    talk
      "Did you see the news?" Frau Keller asks.
      set asked-news
    about yes
      only if asked-news
      "Then you know!"
      clear asked-news
    about yes
      only if asked-news
      "I knew it."
  exit north to crossing "to the crossing"
    end there

scene crossing "The Crossing"
  The crossing.

ending there "There" success
  You are there.
