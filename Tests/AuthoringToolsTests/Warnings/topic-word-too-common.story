story "Fixture" id fixture

scene wireless "The Wireless Room"
  Morse keys chatter in the small cabin.
  person phillips "Jack Phillips"
    nouns phillips, operator
    The senior wireless operator.
    about home, from
      "Godalming, in Surrey."
    about carpathia, message
      "The Carpathia heard us. She's turning."
  on leave
    end out

ending out "Out" success
  Bye.
