story "Fixture" id fixture

scene start "Start"
  A room.

  {if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}{if not lit}Dark.{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}{end}

flag lit
