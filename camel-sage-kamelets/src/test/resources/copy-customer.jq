{Name: .Name, ContactName: .ContactName, Email: .Email, Telephone: .Telephone}
