import Gradebook

Gradebook.command.main()
