story "Fact without source" id fact-without-source

fact arrest "The Arrest"
  date 1 December 1955
  Rosa Parks was arrested for refusing to give up her seat on a bus.
  Source: Montgomery Advertiser, 2 December 1955

scene kitchen "The Kitchen"
  fact arrest
  A kitchen.
