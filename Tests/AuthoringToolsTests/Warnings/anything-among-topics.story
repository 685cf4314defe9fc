story "Fixture" id fixture

scene road "The Road"
  A muddy road.
  person woman "woman"
    nouns woman
    A tired woman by a cart.
    about silesia, home
      "Silesia," she says.
    about hungry, food, need help, anything
      "The cart," she says. "If you could..."
    about anything else
      She is too tired for questions.
  on leave
    end out

ending out "Out" success
  Bye.
